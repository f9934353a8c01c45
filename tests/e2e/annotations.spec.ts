import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";

// Notes in the reader, carried through a re-import; two editors on one note; a corrected claim
// surviving another extraction run. Each test signs in as an editor of its own.

const DEMO = "nk-troops-russia";
const ARTICLE_FILE = path.join(import.meta.dirname, "../../prisma/demo/07-tasman-chronicle-pyongyang-admits.md");
const KEPT = "were moved to the Kursk front within weeks";
const DELETED = "promised that their dead would be honoured";

/** A new editor account (made through the admin's API session), signed in in a browser context of its own. */
async function signInAsNewEditor(browser: Browser, baseURL: string, request: import("@playwright/test").APIRequestContext, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@newsroom.example`;
  const password = "editor-e2e-password";
  const created = await request.post("/api/users", { data: { email, name, role: "editor", password }, headers: { origin: baseURL } });
  expect(created.status(), await created.text()).toBe(201);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/events/, { timeout: 30_000 });
  return page;
}

/** Selects `phrase` in the article text as a reader would (it must sit in one text node), which opens the selection panel. */
async function select(page: Page, phrase: string) {
  await page.evaluate((words) => {
    const paragraph = [...document.querySelectorAll("p[data-start]")].find((p) => p.textContent?.includes(words))!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !node.textContent!.includes(words));
    const at = node!.textContent!.indexOf(words);
    const range = document.createRange();
    // Part of the first and last word only: the selection snaps to whole words.
    range.setStart(node!, at + 2);
    range.setEnd(node!, at + words.length - 2);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    paragraph.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, phrase);
}

async function writeNote(page: Page, phrase: string, body: string) {
  await select(page, phrase);
  const panel = page.getByRole("region", { name: "Selected words" });
  await expect(panel).toContainText(phrase);
  const form = panel.getByRole("form", { name: "Add a note" });
  await form.getByLabel(/^Note/).fill(body);
  await form.getByLabel(/^Tags/).fill("e2e, carried");
  await form.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Note saved." })).toBeVisible();
}

test("a note stays on its words when the article is re-imported with an edit above it; a note on deleted words becomes an orphan", async ({ browser, baseURL, request }) => {
  const page = await signInAsNewEditor(browser, baseURL!, request, "Nora Editor");
  await page.goto(`/events/${DEMO}`);
  await page.getByRole("link", { name: /Pyongyang admits sending troops/ }).first().click();
  await page.waitForURL(/\/articles\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pyongyang admits");
  const articlePath = new URL(page.url()).pathname;

  await writeNote(page, KEPT, "When exactly? Western officials give **no date**.");
  await writeNote(page, DELETED, "Putin's promise, as quoted by the Kremlin.");
  const kept = page.locator("article[data-note]", { hasText: "Western officials give" });
  await expect(kept).toBeVisible();
  const keptId = (await kept.getAttribute("id"))!.replace("note-", "");
  await expect(page.locator(`#passage-${keptId}`)).toHaveText(KEPT);

  // The outlet updates the story: a paragraph on top, the Kremlin paragraph gone.
  const original = readFileSync(ARTICLE_FILE, "utf8");
  const [frontMatter, body] = [original.slice(0, original.indexOf("\n---\n") + 5), original.slice(original.indexOf("\n---\n") + 5)];
  const paragraphs = body.split("\n\n");
  const edited = [paragraphs[0], "Update: this story was revised after new statements from Seoul and Kyiv.", ...paragraphs.slice(1).filter((p) => !p.includes(DELETED))].join("\n\n");
  const response = await page.request.post(`/api/events/${DEMO}/articles`, {
    data: frontMatter + edited,
    headers: { "content-type": "text/markdown; charset=utf-8", origin: baseURL! },
  });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "revised", carried: { annotations: { orphaned: 1 } } });

  await page.goto(articlePath);
  await expect(page.getByText("Update: this story was revised")).toBeVisible();
  await expect(page.getByRole("link", { name: /Revision 2 \(latest\)/ })).toBeVisible();
  await expect(page.locator(`#passage-${keptId}`)).toHaveText(KEPT);
  await expect(page.locator(`#note-${keptId}`)).not.toContainText("Moved — please confirm");
  const orphans = page.getByRole("region", { name: /Orphans/ });
  await expect(orphans).toContainText(DELETED);
  await expect(orphans).toContainText("stays on revision 1");
  await page.context().close();
});

test("two editors saving one note at once cannot overwrite each other", async ({ browser, baseURL, request }) => {
  const [ana, ben] = await Promise.all([signInAsNewEditor(browser, baseURL!, request, "Ana Editor"), signInAsNewEditor(browser, baseURL!, request, "Ben Editor")]);
  for (const page of [ana, ben]) {
    await page.goto(`/events/${DEMO}/notes`);
    const card = page.locator("article[data-note]", { hasText: "Pentagon, mid-December" });
    await card.getByRole("button", { name: "Edit" }).click();
    await card.getByLabel(/^Note/).fill(`Rewritten by ${page === ana ? "Ana" : "Ben"}.`);
  }
  await ana.getByRole("button", { name: "Save note" }).click();
  await expect(ana.locator("article[data-note]", { hasText: "Rewritten by Ana." })).toBeVisible();
  await ben.getByRole("button", { name: "Save note" }).click();
  const conflict = ben.getByRole("alert").filter({ hasText: "Someone saved this note while you were looking" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Rewritten by Ana.");
  await ben.reload();
  await expect(ben.getByText("Rewritten by Ana.")).toBeVisible();
  await expect(ben.getByText("Rewritten by Ben.")).toHaveCount(0);
  await ana.context().close();
  await ben.context().close();
});

test("an editor corrects a claim's claimant, and the facet view still shows the correction after another extraction run", async ({ browser, baseURL, request }) => {
  const page = await signInAsNewEditor(browser, baseURL!, request, "Cleo Editor");
  await page.goto(`/events/${DEMO}`);
  await page.getByRole("list", { name: /disputed ones without a verdict first/ }).getByRole("link", { name: /troops in Russia/i }).first().click();
  await page.waitForURL(/\/facets\//);
  const facetPath = new URL(page.url()).pathname;
  const card = page.locator("article[data-claim]", { hasText: "About 11,000" });
  await card.getByRole("button", { name: "Correct" }).click();
  await card.getByLabel(/Said by/).fill("US Department of Defense");
  await card.getByLabel("As of").fill("2024-12-16");
  await card.getByRole("button", { name: "Save correction" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Corrected" })).toBeVisible();

  await page.goto(`/events/${DEMO}`);
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("status")).toContainText(/claim/, { timeout: 20_000 });

  await page.goto(facetPath);
  const corrected = page.locator("article[data-claim]", { hasText: "About 11,000" });
  await expect(corrected).toContainText("US Department of Defense");
  await expect(corrected).toContainText("corrected by a person");
  await expect(corrected.getByTestId("machine-reading")).toContainText("said by Pentagon");
  await page.context().close();
});
