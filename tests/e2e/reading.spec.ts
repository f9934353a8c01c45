import { expect, test } from "@playwright/test";

test("a newcomer finds the demo event, its articles, and reads one", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/events$/);
  await page.getByRole("link", { name: /North Korean troops in Russia's war against Ukraine/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korean troops in Russia's war against Ukraine");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(8); // header + 7 articles
  await expect(page.getByRole("cell", { name: "German" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "English" }).first()).toBeVisible();

  await page.getByRole("link", { name: /Blinken: Fast 10.000/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Blinken");
  await expect(page.getByTestId("article-text")).toContainText("etwa 8.000");
  await expect(page.getByText("Donaublatt", { exact: false }).first()).toBeVisible();
});

test("an article re-published with an edit shows both revisions", async ({ page }) => {
  await page.goto("/events/nk-troops-russia");
  // The demo's own second revision (other specs re-import other articles).
  const revised = page.getByRole("row").filter({ hasText: "Kim sichert Moskau" }).filter({ has: page.getByRole("cell", { name: "2", exact: true }) });
  await expect(revised).toHaveCount(1);
  await revised.getByRole("link").click();

  const revisions = page.getByRole("complementary").getByRole("listitem");
  await expect(revisions).toHaveCount(2);
  await expect(page.getByTestId("article-text")).toContainText("mehr als 10.000");

  await page.getByRole("link", { name: /Revision 1/ }).click();
  await expect(page.getByText("You are reading revision 1, an earlier version.")).toBeVisible();
  await expect(page.getByTestId("article-text")).toContainText("fast 10.000");
});

test("unknown addresses say so and lead back", async ({ page }) => {
  for (const path of ["/articles/not-a-uuid", "/articles/00000000-0000-4000-8000-000000000000", "/events/no-such-event"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to all events" }).click();
  await expect(page).toHaveURL(/\/events$/);
});

test("a page of contradictions past the last says so and leads back to the first", async ({ page }) => {
  await page.goto("/events/nk-troops-russia?contradictions=99");
  await expect(page.getByText("This page is past the last of them.")).toBeVisible();
  await page.getByRole("link", { name: "Show the first page" }).click();
  await expect(page.locator("#contradictions-heading ~ ol > li").first()).toBeVisible();
});
