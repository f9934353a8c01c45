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
