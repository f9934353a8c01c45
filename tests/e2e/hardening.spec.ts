import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { closeE2eDatabase, e2eDatabase, e2eDatabaseUrl } from "./support/database";
import { actionId, formActionBody } from "./support/server-actions";

// The findings of the probe of the running app (issue 13), one test each, as a person or an
// attacker meets them. The hostile-input table (hostile-input.spec.ts) tries every entry point
// with every payload; these follow one finding end to end.

const EVENT = "nk-troops-russia";
const PASSWORD = "hardening-suite-passphrase-3";

/** A new account, created by the demo admin (whose session this project runs with). */
async function createAccount(request: APIRequestContext, baseURL: string, role: "admin" | "editor" | "viewer") {
  const email = `hardening-${role}-${Date.now()}-${Math.random().toString(16).slice(2, 6)}@claimdiff.example`;
  const response = await request.post("/api/users", { data: { email, role, name: `Hardening ${role}`, password: PASSWORD }, headers: { origin: baseURL } });
  expect(response.status(), await response.text()).toBe(201);
  return { email, id: ((await response.json()) as { id: string }).id };
}

// A CLI run still writing after its test timed out would change the rows other tests count.
const runningClis = new Set<ReturnType<typeof spawn>>();
test.afterEach(() => {
  for (const child of runningClis) child.kill("SIGTERM");
});

function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      stdio: ["ignore", "ignore", "pipe"],
    });
    runningClis.add(child);
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      runningClis.delete(child);
      resolve({ code, stderr });
    });
  });
}

test.describe("1. one large article", () => {
  test("a 2 MB article of a million lines is refused, saying which limit", async ({ request, baseURL }) => {
    const response = await request.post(`/api/events/${EVENT}/articles`, {
      data: `Huge\n${"x\n".repeat(1_000_001)}`,
      headers: { origin: baseURL!, "content-type": "text/plain" },
    });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toBe(
      "The article was refused: 1,000,002 lines of text; an article may have at most 10,000 (one paragraph per line), so no reader could use it: split it into several articles.",
    );
  });

  test("a long article within the limits is read, and compared, a bounded page at a time", async ({ page, request }) => {
    test.setTimeout(180_000);
    // 9,000 paragraphs, 1.6 MB: the most a reader is asked to take, in a new event of its own.
    const lines = Array.from({ length: 9_000 }, (_, i) => `Paragraph ${i + 1}: the ministry said ${i * 7} soldiers had moved, according to officials who asked not to be named.`);
    const dir = await mkdtemp(path.join(tmpdir(), "claimdiff-long-"));
    await writeFile(path.join(dir, "long.txt"), `A very long report\n\n${lines.join("\n")}\n`);
    await writeFile(path.join(dir, "edited.txt"), `A very long report, edited\n\n${lines.map((l, i) => (i % 50 === 0 ? `${l} Corrected.` : l)).join("\n")}\n`);
    const imported = await cli(["import", dir, "--event", "long-read", "--title", "A long read"]);
    await rm(dir, { recursive: true, force: true });
    expect(imported.code, imported.stderr).toBe(0);

    const event = await request.get("/api/events/long-read/export");
    const articles = ((await event.json()) as { articles: { id: string; title: string }[] }).articles;
    const long = articles.find((a) => a.title === "A very long report")!;
    const edited = articles.find((a) => a.title === "A very long report, edited")!;

    const reader = await request.get(`/articles/${long.id}?page=40`);
    expect(reader.status()).toBe(200);
    const readerHtml = await reader.text();
    expect(readerHtml.length, "one page of the reader stays small").toBeLessThan(400_000);
    expect(readerHtml).toContain("Paragraph 5851:");
    expect(readerHtml).not.toContain("Paragraph 6001:");

    await page.goto(`/articles/${long.id}`);
    await expect(page.getByText(/shown a page at a time: paragraphs 1–150 of 9,001/)).toBeVisible();
    await page.getByRole("navigation", { name: "Pages of this article", exact: true }).getByRole("link", { name: "Next →" }).click();
    await expect(page.getByRole("navigation", { name: "Pages of this article", exact: true }).getByText("Page 2 of 61")).toBeVisible();
    await expect(page.getByTestId("article-text")).toContainText("Paragraph 150:");

    const compare = await request.get(`/events/long-read/compare?a=${long.id}&b=${edited.id}&page=3`);
    expect(compare.status()).toBe(200);
    const compareHtml = await compare.text();
    expect(compareHtml.length, "one page of the comparison stays small").toBeLessThan(1_000_000);
    expect(compareHtml).toContain("Shown here: rows 201–300.");
  });
});

test.describe("2, 3. signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("after signing in, only paths of this site are followed, however the address writes another", async ({ page, baseURL }) => {
    for (const next of ["/.//evil.example/phish", "/..//evil.example/phish", "//evil.example", "/\\evil.example", "/%5C%5Cevil.example", "/%2F%2Fevil.example", "https://evil.example/", "/\t/evil.example"]) {
      await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
      await expect(page.locator('input[name="next"]'), next).toHaveValue("/events");
    }
    await page.goto(`/sign-in?next=${encodeURIComponent("/.//evil.example/phish")}`);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/events`);
  });

  test("the sign-in action itself redirects only to a normalized path of this site", async ({ request, baseURL }) => {
    for (const [next, expected] of [
      ["/.//evil.example/phish", "/events"],
      ["/events/./nk-troops-russia", "/events/nk-troops-russia"],
    ]) {
      const { body, contentType } = formActionBody({ email: E2E_ADMIN.email, password: E2E_ADMIN.password, next: next! });
      const response = await request.post("/sign-in", {
        data: body,
        headers: { origin: baseURL!, "content-type": contentType, "next-action": actionId("app/sign-in/actions.ts", "signInAction") },
        maxRedirects: 0,
      });
      expect(response.status(), await response.text()).toBeLessThan(400);
      expect(response.headers()["x-action-redirect"], next).toMatch(new RegExp(`^${expected}(;|$)`));
    }
  });
});

test.describe("4. sign-in limits", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a made-up X-Forwarded-For is not believed: attempts count against the caller's own address", async ({ request, baseURL }) => {
    const email = `spoofer-${Date.now()}@newsroom.example`;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await request.post("/api/auth/sign-in/email", {
        data: { email, password: `wrong-guess-${i}-password` },
        headers: { origin: baseURL!, "x-forwarded-for": `198.51.100.${i + 1}` },
      });
      statuses.push(response.status());
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    // Recorded under the address the socket saw, never under the ones the client made up: a new
    // made-up address per attempt would otherwise escape the per-address limit.
    const db = await e2eDatabase();
    const { rows } = await db.query<{ address: string }>("SELECT DISTINCT address FROM sign_in_attempt WHERE email = $1", [email]);
    expect(rows.map((r) => r.address)).toEqual([new URL(baseURL!).hostname]);
    await closeE2eDatabase();
  });
});

test.describe("6. titles and slugs stay private", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a made-up session cookie gets the same redirect for a real and a guessed slug, and no title", async ({ request }) => {
    const headers = { cookie: "claimdiff.session_token=made-up-token.made-up-signature" };
    const answers = [];
    for (const path of [`/events/${EVENT}`, "/events/no-such-event-here", `/events/${EVENT}/history`, "/articles/00000000-0000-4000-8000-000000000000"]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      const body = await response.text();
      answers.push({ path, status: response.status(), location: response.headers().location?.replace(/next=.*/, "next=…") });
      expect(body, path).not.toContain("North Korean troops");
    }
    expect(new Set(answers.map((a) => `${a.status} ${a.location}`)).size, JSON.stringify(answers)).toBe(1);
    expect(answers[0]!.status).toBe(307);
    expect(answers[0]!.location).toBe("/sign-in?next=…");
  });
});

test.describe("9. hostile values in pages", () => {
  test("history before the largest id there could be is no page, not a server error", async ({ page, request }) => {
    const response = await page.goto(`/events/${EVENT}/history?before=9223372036854775808`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    const api = await request.get(`/api/events/${EVENT}/history?before=9223372036854775808`);
    expect(api.status()).toBe(422);
    expect(await api.json()).toEqual({ error: "The input is not valid.", issues: { before: ["not an entry of the record"] } });
  });
});

test.describe("10. accounts change only through the app", () => {
  test("the auth library's own account routes are closed: a viewer cannot rename themselves outside the audit log", async ({ playwright, request, baseURL }) => {
    const viewer = await createAccount(request, baseURL!, "viewer");
    const context = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { origin: baseURL! } });
    expect((await context.post("/api/auth/sign-in/email", { data: { email: viewer.email, password: PASSWORD } })).status()).toBe(200);
    for (const [route, data] of [
      ["/api/auth/update-user", { name: "Renamed without a trace", image: "https://evil.example/x.png" }],
      ["/api/auth/change-password", { currentPassword: PASSWORD, newPassword: "another-passphrase-9" }],
      ["/api/auth/change-email", { newEmail: "elsewhere@evil.example" }],
      ["/api/auth/delete-user", {}],
    ] as const) {
      const response = await context.post(route, { data });
      expect(response.status(), `${route}: ${await response.text()}`).toBe(404);
    }
    await context.dispose();
    const users = ((await (await request.get("/api/users")).json()) as { users: { id: string; name: string }[] }).users;
    expect(users.find((u) => u.id === viewer.id)?.name).toBe("Hardening viewer");
  });
});
