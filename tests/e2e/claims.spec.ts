import { expect, test } from "@playwright/test";

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

  // Select "etwa 8.000" in the second paragraph by its offsets and file it by hand.
  await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll("p[data-start]")].find((p) => p.textContent?.includes("etwa 8.000"))!;
    const node = [...paragraph.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes("etwa 8.000"))!;
    const at = node.textContent!.indexOf("etwa 8.000");
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + "etwa 8.000".length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    paragraph.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  });
  const form = page.getByRole("form", { name: "Mark a claim" });
  await expect(form).toContainText("etwa 8.000");
  const troopsOption = await form.getByLabel("Facet").locator("option").filter({ hasText: /troops/i }).first().textContent();
  await form.getByLabel("Facet").selectOption({ label: troopsOption! });
  await form.getByLabel("Reading").selectOption("about");
  await form.getByLabel("Said by (optional)").fill("Antony Blinken");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByText(/Claim added to/)).toBeVisible();
  await expect(page.locator("mark", { hasText: "etwa 8.000" })).toBeVisible();
});
