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

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
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
