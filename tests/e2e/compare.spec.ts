import { expect, test } from "@playwright/test";
import { closeE2eDatabase, e2eDatabase } from "./support/database";

const EVENT = "/events/nk-troops-russia";

// The e2e server loads the demo event without running extraction (another spec may have run it
// already; Find claims is idempotent), so the test finds the claims first.
test.beforeEach(async ({ page }) => {
  await page.goto(EVENT);
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("status")).toContainText(/Read \d+ article/, { timeout: 30_000 });
  await expect(page.getByRole("grid", { name: "Where the sources disagree" })).toBeVisible();
});

test.afterAll(async () => {
  await closeE2eDatabase();
});

test("the claim card names a figure's stage, and a correction changes it with the machine's stage kept beside it", async ({ page }) => {
  // The demo has figures its articles call planned (a budget's defence spending, "plant", "is planned at").
  const db = await e2eDatabase();
  const { rows } = await db.query<{ id: string; facet_id: string }>("SELECT id, facet_id FROM claim WHERE figure_status = 'planned' AND deleted_at IS NULL ORDER BY quote");
  expect(rows.length).toBeGreaterThan(0);
  const { id, facet_id: facetId } = rows[0]!;
  await page.goto(`${EVENT}/facets/${facetId}?claim=${id}#claim-${id}`);
  const card = page.locator(`[id="claim-${id}"]`);
  await expect(card.getByTestId("figure-status")).toHaveText("plan or draft");

  await card.getByRole("button", { name: "Correct" }).click();
  const form = card.getByRole("form", { name: "Correct this claim" });
  await expect(form.getByRole("combobox", { name: "Stage of the figure" })).toHaveValue("planned");
  await form.getByRole("combobox", { name: "Stage of the figure" }).selectOption("final");
  await form.getByRole("button", { name: "Save correction" }).click();
  await expect(card.getByTestId("figure-status")).toHaveText("final result");
  await expect(card.getByTestId("machine-reading")).toContainText("plan or draft");
  const { rows: audit } = await db.query<{ before: { figureStatus: string }; after: { figureStatus: string } }>(
    "SELECT before, after FROM audit_event WHERE entity_type = 'claim' AND entity_id = $1 AND action = 'update' ORDER BY id DESC LIMIT 1",
    [id],
  );
  expect(audit[0]).toMatchObject({ before: { figureStatus: "planned" }, after: { figureStatus: "final" } });
});

test("the matrix leads from a disputed cell to its facet, where the quotes' differences are highlighted", async ({ page }) => {
  const matrix = page.getByRole("grid", { name: "Where the sources disagree" });
  await expect(matrix.getByRole("rowheader").filter({ hasText: "disputed" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Contradictions/ })).toBeVisible();

  const disputed = matrix.getByRole("link", { name: /, conflicts/ }).first();
  await disputed.click();
  await expect(page).toHaveURL(/\/events\/nk-troops-russia\/facets\/[0-9a-f-]{36}\?claim=[0-9a-f-]{36}#claim-[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("disputed", { exact: true }).first()).toBeVisible();

  const cards = page.locator("article[data-claim]");
  expect(await cards.count()).toBeGreaterThan(1);
  // The clicked claim's card is the one the address names, and it has the focus.
  const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(target).toHaveAttribute("data-claim");
  await expect(target).toBeFocused();
  await expect(cards.locator("mark").first()).toBeVisible();
  await expect(cards.locator("ins").first()).toBeVisible();
  await expect(cards.locator("del").first()).toBeVisible();
  // Readable without colour: the change says what it is.
  await expect(cards.locator("ins").first()).toContainText("added:");
  await expect(cards.locator("del").first()).toContainText("removed:");
  await expect(page.getByRole("group", { name: /^Timeline:/ })).toBeVisible();

  // Two claims side by side: both sentences, each quote marked, the words between them diffed.
  await page.getByRole("link", { name: "Two claims, sentence by sentence" }).click();
  await expect(page).toHaveURL(/view=two/);
  await expect(page.locator("article[data-claim]")).toHaveCount(2);
  await expect(page.locator("article[data-claim] mark")).toHaveCount(2);
  // Words are diffed only within one language: choose two claims of one outlet and compare their sentences.
  const left = page.getByRole("combobox", { name: "Left" });
  await expect(async () => expect(await left.locator("option").count()).toBeGreaterThan(1)).toPass({ timeout: 15_000 });
  const options = await left.locator("option").evaluateAll((all) => all.map((o) => ({ value: (o as HTMLOptionElement).value, outlet: o.textContent!.split(",")[0] })));
  const outlet = options.find((o) => options.filter((p) => p.outlet === o.outlet).length > 1)!.outlet;
  const [first, second] = options.filter((o) => o.outlet === outlet) as [(typeof options)[number], (typeof options)[number]];
  await left.selectOption(first.value);
  await page.getByRole("combobox", { name: "Right" }).selectOption(second.value);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`a=${first.value}&b=${second.value}`));
  await expect(page.locator("article[data-claim] mark")).toHaveCount(2);
  expect(await page.locator("article[data-claim] ins, article[data-claim] del").count()).toBeGreaterThan(0);
});

test("j/k move between claims and n/p between differences, but not while typing", async ({ page }) => {
  const matrix = page.getByRole("grid", { name: "Where the sources disagree" });
  const href = await matrix.getByRole("link", { name: /, conflicts/ }).first().getAttribute("href");
  // A cell links to its claim's short address, which opens the facet at that claim; start at the top.
  await page.goto(href!);
  await expect(page).toHaveURL(/\/facets\//);
  await page.goto(page.url().replace(/[?#].*$/, ""));
  const cards = page.locator("article[data-claim]");

  // Until the page has hydrated, the keys do nothing; retry from a clean focus.
  await expect(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("j");
    await expect(cards.nth(0)).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  await page.keyboard.press("j");
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(cards.nth(0)).toBeFocused();
  await expect(page).toHaveURL(/#claim-[0-9a-f-]{36}$/);

  await page.keyboard.press("n");
  const focusedDiff = page.locator("[data-diff]:focus");
  await expect(focusedDiff).toHaveCount(1);
  const first = await focusedDiff.evaluate((el) => el.textContent);
  await page.keyboard.press("n");
  await page.keyboard.press("p");
  await expect(focusedDiff).toHaveText(first ?? "");

  const name = page.getByRole("textbox", { name: "Name", exact: true });
  await name.fill("Troops");
  await name.press("j");
  await expect(name).toHaveValue("Troopsj");
  await expect(name).toBeFocused();
});

test("the filters are a plain form: disputed only keeps the disputed facets", async ({ page }) => {
  await page.getByLabel("Disputed facets only").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]disputed=1/);
  const rows = page.getByRole("grid", { name: "Where the sources disagree" }).getByRole("rowheader");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row).toContainText("disputed");
});

test("the article comparison sets two revisions side by side and shades the heat map", async ({ page }) => {
  await page.getByRole("link", { name: /Compare articles word by word/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare articles");
  const texts = page.getByRole("table", { name: "The two texts, paragraph by paragraph" });
  await expect(texts.locator("del", { hasText: "fast" }).first()).toBeVisible();
  await expect(texts.locator("ins", { hasText: "mehr als" }).first()).toBeVisible();
  // The heat map compares the base with the articles in its language, sentence by sentence.
  await expect(page.getByRole("heading", { name: /Where the 4 articles in German part ways/ })).toBeVisible();
  await expect(page.getByText("3 articles are in another language and left out")).toBeVisible();
  const words = page.getByTestId("heat-map").locator("[data-count]");
  await expect(words.first()).toHaveAttribute("title", /^\d of 3 other articles differ here; \d of 3 tell this sentence too$/);
  // The headline's figure is told by other German articles too: not every word is darkest.
  expect(await words.evaluateAll((els) => els.filter((e) => e.getAttribute("data-count") !== "3").length)).toBeGreaterThan(0);
});

test("the verdict form lists the facet's claims once it opens, and saves the ones ticked as its evidence", async ({ page }) => {
  const matrix = page.getByRole("grid", { name: "Where the sources disagree" });
  await matrix.getByRole("rowheader").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/facets\//);
  // The claims are not in the page until the form asks for them.
  await page.getByRole("button", { name: /^(Record a verdict|Change the verdict)$/ }).click();
  const form = page.getByRole("form", { name: /^(Record a verdict|Change the verdict)$/ });
  const claims = form.getByRole("group", { name: "Claims it rests on" }).getByRole("checkbox");
  await expect(claims.first()).toBeVisible();
  const total = await claims.count();
  const label = await claims.first().locator("xpath=..").innerText();
  // The start of its quote (up to 20 characters, never past its end), which the verdict then names.
  const quote = /“([^”…]{1,20})/.exec(label)?.[1] ?? "";
  expect(quote.length).toBeGreaterThan(0);

  const find = form.getByRole("searchbox", { name: "Find a claim" });
  if (total > 8) {
    // Narrowing hides the others but keeps a ticked claim in the form.
    await find.fill(quote);
    expect(await claims.filter({ visible: true }).count()).toBeLessThan(total);
    await find.fill("");
  }
  await claims.first().check();
  await form.getByRole("radio").first().check();
  await form.getByLabel(/Explanation/).fill("Checked against the claims listed below.");
  await form.getByRole("button", { name: "Save verdict" }).click();
  const verdict = page.getByTestId("verdict");
  await expect(verdict.getByRole("heading", { name: "Claims it rests on" })).toBeVisible();
  await expect(verdict.getByRole("link", { name: new RegExp(quote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first()).toBeVisible();
});

test("a card's review buttons save its claim at the version the card showed, with and without JavaScript, through the view's one review form", async ({ page, browser, baseURL }) => {
  const matrix = page.getByRole("grid", { name: "Where the sources disagree" });
  const href = await matrix.getByRole("link", { name: /, conflicts/ }).first().getAttribute("href");
  await page.goto(href!);
  await expect(page).toHaveURL(/\/facets\//);
  const facet = page.url().replace(/[?#].*$/, "");
  await page.goto(facet);
  // One review form and one delete form for the whole view, not two per card.
  const cards = page.locator("article[data-claim]");
  expect(await cards.count()).toBeGreaterThan(1);
  await expect(page.locator("form#claim-review-form")).toHaveCount(1);
  await expect(page.locator("article[data-claim] form")).toHaveCount(0);
  // A claim nobody has reviewed yet (another spec may have confirmed some).
  const card = cards.filter({ has: page.getByRole("button", { name: "Confirm" }) }).filter({ has: page.getByRole("button", { name: "Reject" }) }).first();
  const id = await card.getAttribute("id");
  const buttons = (p: typeof page) => p.locator(`[id="${id}"]`).getByRole("group", { name: /^Review the claim of / });

  // A browser without JavaScript opens the same view before anyone saves.
  const context = await browser.newContext({ baseURL, storageState: await page.context().storageState(), javaScriptEnabled: false });
  const stale = await context.newPage();
  await stale.goto(facet);
  await expect(buttons(stale).getByRole("button", { name: "Confirm" })).toBeVisible();

  // Before the page has hydrated the click posts the form as the browser would without JavaScript: the same save.
  await buttons(page).getByRole("button", { name: "Confirm" }).click();
  await expect(buttons(page).getByRole("status")).toHaveText("Confirmed.");
  await expect(page.locator(`[id="${id}"]`).getByText("confirmed", { exact: true })).toBeVisible();

  // The stale page's save names the version it showed: refused, with both versions on its card.
  await buttons(stale).getByRole("button", { name: "Reject" }).click();
  const conflict = stale.locator(`[id="${id}"]`).getByRole("alert").filter({ hasText: "Someone saved this claim while you were looking" });
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Keep theirs" }).click();
  await expect(buttons(stale).getByRole("status")).toHaveText("Kept theirs: this is what is saved now.");
  await expect(buttons(stale).getByRole("button", { name: "Reopen" })).toBeVisible();

  // Without JavaScript the buttons submit the view's form as well: reopen it, as it was.
  await buttons(stale).getByRole("button", { name: "Reopen" }).click();
  await expect(buttons(stale).getByRole("status")).toHaveText("Reopened for review.");
  await context.close();
  await page.reload();
  await expect(page.locator(`[id="${id}"]`).getByText("proposed", { exact: true })).toBeVisible();
});
