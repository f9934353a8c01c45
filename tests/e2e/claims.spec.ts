import { expect, test } from "@playwright/test";
import { closeE2eDatabase, e2eDatabase } from "./support/database";

test.afterAll(async () => {
  await closeE2eDatabase();
});

test("Find claims proposes facets, the reader highlights claims, and a person can mark one", async ({ page }) => {
  await page.goto("/events/nk-troops-russia");
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("status")).toContainText(/new claim/, { timeout: 20_000 });
  await expect(page.getByRole("link", { name: /troops/i }).first()).toBeVisible();

  await page.getByRole("link", { name: /Blinken: Fast 10.000/ }).click();
  const mark = page.locator("mark", { hasText: "fast 10.000" });
  await expect(mark).toBeVisible();
  await mark.focus();
  await expect(page.getByRole("tooltip")).toContainText("Interval: [9000, 10000)");

  // The machine missed the treaty date in this article ("agreed … in June 2024"): a person marks it.
  await page.goto("/events/nk-troops-russia");
  await page.getByRole("link", { name: /Heavy losses for North Korean units/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Heavy losses");
  await page.evaluate((phrase) => {
    const paragraph = [...document.querySelectorAll("p[data-start]")].find((p) => p.textContent?.includes(phrase))!;
    const node = [...paragraph.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(phrase))!;
    const at = node.textContent!.indexOf(phrase);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    paragraph.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, "in June 2024");
  await expect(page.getByRole("region", { name: "Selected words" })).toContainText("in June 2024");
  await page.getByRole("tab", { name: "Mark as a claim" }).click();
  const form = page.getByRole("form", { name: "Mark a claim" });
  const treaty = await form.getByLabel("Facet").locator("option").filter({ hasText: /treaty/i }).first().textContent();
  await form.getByLabel("Facet").selectOption({ label: treaty! });
  await form.getByLabel("From").fill("2024-06-01");
  await form.getByLabel("To (for a month or a period)").fill("2024-06-30");
  // The article reports the treaty as signed: the person says so, as the correction form would.
  await expect(form.getByRole("combobox", { name: "Stage of the figure" })).toHaveValue("");
  await form.getByRole("combobox", { name: "Stage of the figure" }).selectOption("final");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText(/Claim added to/)).toBeVisible();
  const marked = page.locator("mark", { hasText: "in June 2024" });
  await expect(marked).toBeVisible();
  await marked.focus();
  await expect(page.getByRole("tooltip")).toContainText("Marked by a person");
  const db = await e2eDatabase();
  const { rows } = await db.query<{ figure_status: string | null; after: { figureStatus: string | null } }>(
    `SELECT c.figure_status, a.after FROM claim c JOIN audit_event a ON a.entity_type = 'claim' AND a.entity_id = c.id::text AND a.action = 'create'
     WHERE c.quote = 'in June 2024' AND c.origin = 'human' AND c.deleted_at IS NULL ORDER BY c.created_at DESC LIMIT 1`,
  );
  expect(rows[0]).toMatchObject({ figure_status: "final", after: { figureStatus: "final" } });
});
