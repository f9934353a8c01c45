import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";

test.describe("without signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("anonymous visitors see nothing but the sign-in page", async ({ page, request }) => {
    for (const path of ["/", "/events", "/events/nk-troops-russia", "/events/nk-troops-russia/history"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
      await expect(page.getByRole("heading", { name: "Sign in to Claimdiff" })).toBeVisible();
      await expect(page.getByText("North Korean troops")).toHaveCount(0);
    }
    const api = await request.get("/api/anything", { maxRedirects: 0 });
    expect(api.status()).toBe(401);
  });

  test("a wrong password and an unknown email get the same clear message, and the email typed stays", async ({ page }) => {
    for (const email of [E2E_ADMIN.email, `nobody-${Date.now()}@newsroom.example`]) {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("#sign-in-error")).toHaveText("Email or password do not match.");
      await expect(page.getByLabel("Email")).toHaveValue(email);
      await expect(page.getByText("Something went wrong")).toHaveCount(0);
    }
  });

  test("sign-in attempts for one account are limited, and the limit is said in words", async ({ page, request, baseURL }) => {
    const email = `guess-${Date.now()}@newsroom.example`;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await request.post("/api/auth/sign-in/email", {
        data: { email, password: `wrong-${i}-password` },
        headers: { Origin: baseURL! },
      });
      statuses.push(response.status());
    }
    expect(statuses).toEqual(Array(10).fill(401));
    const blocked = await request.post("/api/auth/sign-in/email", { data: { email, password: "x".repeat(12) }, headers: { Origin: baseURL! } });
    expect(blocked.status()).toBe(429);

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("another-guess-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText(/^Too many attempts, try again in 1[45] minutes\.$/);
    await expect(page.getByLabel("Email")).toHaveValue(email);
  });

  test("sign in, edit, sign out", async ({ page }) => {
    await page.goto("/events/nk-troops-russia/history");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/events\/nk-troops-russia\/history$/);

    await page.goto("/events/nk-troops-russia");
    await page.getByRole("button", { name: "Find claims" }).click();
    await expect(page.getByRole("status")).toContainText(/claim/, { timeout: 20_000 });
    await page.goto("/events/nk-troops-russia/history");
    await expect(page.getByRole("listitem").first()).toBeVisible();

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/events");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("an admin invites a viewer, who can read but is offered no way to change anything", async ({ page, browser }) => {
  await page.goto("/admin/users");
  const invite = page.getByRole("form", { name: "Invite someone" });
  const email = `viewer-${Date.now()}@newsroom.example`;
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("viewer");
  await invite.getByRole("button", { name: "Create account" }).click();
  const password = await invite.locator("code").textContent();
  expect(password?.length).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole("cell", { name: new RegExp(email) })).toBeVisible();

  const viewer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await viewer.newPage();
  await viewerPage.goto("/sign-in");
  await viewerPage.getByLabel("Email").fill(email);
  await viewerPage.getByLabel("Password").fill(password!);
  await viewerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(viewerPage).toHaveURL(/\/events$/);
  await viewerPage.goto("/events/nk-troops-russia");
  await expect(viewerPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Find claims" })).toHaveCount(0);
  const response = await viewerPage.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await viewer.close();
});

test("a share link shows the event's report, and nothing else, until it is revoked", async ({ page, browser }) => {
  await page.goto("/events/nk-troops-russia");
  const share = page.getByRole("form", { name: "Create a share link" });
  await share.getByLabel("Valid for (days)").fill("3");
  await share.getByRole("button", { name: "Create read-only link" }).click();
  const href = await page.getByTestId("share-link").getAttribute("href");
  expect(href).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(href!);
  await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText("North Korean troops in Russia's war against Ukraine");
  await expect(strangerPage.getByText("Read-only report shared from Claimdiff")).toBeVisible();
  await strangerPage.goto("/events/nk-troops-russia");
  await expect(strangerPage).toHaveURL(/\/sign-in/);

  await page.reload();
  await page.getByRole("button", { name: "Revoke" }).first().click();
  await expect(page.getByText(/revoked/).first()).toBeVisible();
  const gone = await strangerPage.goto(href!);
  expect(gone?.status()).toBe(404);
  await stranger.close();
});
