import { expect, test as setup } from "@playwright/test";
import { E2E_ADMIN, SIGNED_IN_STATE } from "../../playwright.config";

setup("sign in as the demo admin", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in of a fresh server also warms it up: give it time on a busy machine.
  await expect(page).toHaveURL(/\/events$/, { timeout: 30_000 });
  await page.context().storageState({ path: SIGNED_IN_STATE });
});
