import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

const EVENT = "/events/nk-troops-russia";
const SCREENSHOTS = process.env.SCREENSHOTS_DIR;

// The e2e server loads the demo event without extraction; Find claims is idempotent.
test.beforeEach(async ({ page }) => {
  await page.goto(EVENT);
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("status").first()).toContainText(/Read \d+ article/, { timeout: 30_000 });
});

async function openExportMenu(page: Page) {
  await page.locator("summary", { hasText: /^Export/ }).click();
  const menu = page.getByRole("form", { name: "Export the report" });
  await expect(menu).toBeVisible();
  return menu;
}

test("the Export menu downloads the PDF, showing its progress, under the server's file name", async ({ page }) => {
  if (SCREENSHOTS) await page.setViewportSize({ width: 1280, height: 860 });
  const menu = await openExportMenu(page);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/export-menu.png` });
  const downloading = page.waitForEvent("download");
  await menu.getByRole("button", { name: /^PDF/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("nk-troops-russia-report.pdf");
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  await expect(menu.getByRole("status")).toHaveText(/^Saved nk-troops-russia-report\.pdf \(\d+ KB\)\.$/);
});

test("the options shape the report: German, disputed questions only, one question", async ({ page }) => {
  const menu = await openExportMenu(page);
  await menu.getByLabel("Deutsch").check();
  await menu.getByLabel("Disputed questions only").check();
  await menu.getByText(/^Questions: all$/).click();
  const questions = menu.getByRole("group", { name: "Questions in the report" }).getByRole("checkbox");
  const count = await questions.count();
  for (let i = 1; i < count; i++) await questions.nth(i).uncheck();
  await expect(menu.getByText(`Questions: 1 of ${count}`)).toBeVisible();

  const downloading = page.waitForEvent("download");
  await menu.getByRole("button", { name: /^Markdown/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("nk-troops-russia-report-de.md");
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown).toContain("## Zusammenfassung");
  expect(markdown).toMatch(/\| Optionen \| nur ausgewählte Fragen; nur umstrittene Fragen \|/);
  expect(markdown.match(/^### /gm)?.length ?? 0).toBeLessThanOrEqual(1);
});

test("every format downloads from the menu with its own file name", async ({ page }) => {
  const menu = await openExportMenu(page);
  for (const [label, name] of [
    ["HTML", "nk-troops-russia-report.html"],
    ["CSV", "nk-troops-russia-report-claims.csv"],
    ["ClaimReview", "nk-troops-russia-report-claimreview.jsonld"],
    ["JSON", "nk-troops-russia.json"],
  ] as const) {
    const downloading = page.waitForEvent("download");
    await menu.getByRole("button", { name: new RegExp(`^${label}`) }).click();
    expect((await downloading).suggestedFilename()).toBe(name);
  }
});

test("a shared link shows the HTML report alone, and offers its PDF", async ({ page, browser }) => {
  await page.goto(EVENT);
  const share = page.getByRole("form", { name: "Create a share link" });
  await share.getByRole("button", { name: "Create read-only link" }).click();
  const href = await page.getByTestId("share-link").getAttribute("href");

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const shared = await stranger.newPage();
  const requests: string[] = [];
  shared.on("request", (request) => requests.push(request.url()));
  await shared.goto(href!);
  await expect(shared.getByRole("heading", { level: 1 })).toHaveText("North Korean troops in Russia's war against Ukraine");
  await expect(shared.getByRole("heading", { name: "Questions compared" })).toBeVisible();
  await expect(shared.locator("mark").first()).toBeVisible();
  await expect(shared.getByRole("img", { name: /^Timeline:/ }).first()).toBeVisible();
  // Nothing of the app: no navigation, no script; the one request is the page itself.
  await expect(shared.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  expect(requests).toEqual([new URL(href!, shared.url()).href]);
  if (SCREENSHOTS) await shared.screenshot({ path: `${SCREENSHOTS}/shared-report.png`, fullPage: false });

  const downloading = shared.waitForEvent("download");
  await shared.getByRole("link", { name: "Download PDF" }).click();
  const pdf = await downloading;
  expect(pdf.suggestedFilename()).toBe("nk-troops-russia-report.pdf");
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");
  await stranger.close();
});
