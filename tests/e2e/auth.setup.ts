import { expect, test as setup } from "@playwright/test";
import { E2E_ADMIN, SIGNED_IN_STATE } from "../../playwright.config";

setup("sign in as the demo admin", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await page.context().storageState({ path: SIGNED_IN_STATE });
});
