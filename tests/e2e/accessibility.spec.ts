import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SIGNED_IN_STATE } from "../../playwright.config";

// Every page, as each kind of visitor sees it: no accessibility violation that axe-core finds
// (all its rules, best practices included), and not one error in the browser's console.

const EVENT = "nk-troops-russia";

/**
 * Collects the console's errors and the page's uncaught exceptions from now on. Chromium reports
 * a document answered with 404 as a failed resource; on the 404 page that is the page itself.
 */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const ownStatus = message.location().url === page.url() && /status of 404/.test(message.text()) && page.url().includes("/no-such-");
    if (!ownStatus) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
  expect.soft(violations, `${what}: accessibility violations`).toEqual([]);
}

/** Pages of the signed-in workspace, found by following the app's own links. */
async function workspacePages(page: Page): Promise<[string, string][]> {
  await page.goto(`/events/${EVENT}`);
  const facet = await page.locator(`a[href^="/events/${EVENT}/facets/"]`).first().getAttribute("href");
  const article = await page.locator('a[href^="/articles/"]').first().getAttribute("href");
  expect(facet, "the event has facets (extraction ran)").toBeTruthy();
  expect(article).toBeTruthy();
  return [
    ["events", "/events"],
    ["event overview", `/events/${EVENT}`],
    ["facet view", facet!],
    ["facet view, two claims side by side", `${facet!}?view=two`],
    ["compare", `/events/${EVENT}/compare`],
    ["history", `/events/${EVENT}/history`],
    ["reader", article!],
    ["users", "/admin/users"],
    ["404", "/events/no-such-event-here"],
  ];
}

test.beforeAll(async ({ playwright, baseURL }) => {
  // The facet view and the reader's highlights need claims; extraction is idempotent. The admin's
  // session explicitly: a describe block below runs signed out.
  const admin = await playwright.request.newContext({ baseURL, storageState: SIGNED_IN_STATE });
  expect((await admin.post(`/api/events/${EVENT}/extract`, { headers: { origin: baseURL! } })).status()).toBe(200);
  await admin.dispose();
});

test("every page of the workspace passes axe, with no console error", async ({ page }) => {
  test.setTimeout(180_000);
  for (const [what, path] of await workspacePages(page)) {
    const errors = watchConsole(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, what);
    expect.soft(errors, `${what}: console errors`).toEqual([]);
  }
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page, also with an error shown, passes axe with no console error", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/sign-in");
    await expectAccessible(page, "sign-in");
    await page.getByLabel("Email").fill(`axe-${Date.now()}@newsroom.example`);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toBeVisible();
    await expectAccessible(page, "sign-in with an error");
    expect(errors).toEqual([]);
  });
});

test("a shared report passes axe with no console error", async ({ page, browser }) => {
  await page.goto(`/events/${EVENT}`);
  const share = page.getByRole("form", { name: "Create a share link" });
  await share.getByLabel("Valid for (days)").fill("1");
  await share.getByRole("button", { name: "Create read-only link" }).click();
  const href = await page.getByTestId("share-link").getAttribute("href");
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const strangerPage = await stranger.newPage();
  const errors = watchConsole(strangerPage);
  await strangerPage.goto(href!);
  await expectAccessible(strangerPage, "shared report");
  expect(errors).toEqual([]);
  await stranger.close();
});
