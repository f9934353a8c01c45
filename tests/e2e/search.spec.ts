import { expect, test, type APIRequestContext } from "@playwright/test";

const EVENT_PATH = "/events/nk-troops-russia";

// Written for this test: one wire story, as three outlets ran it.
const WIRE = [
  "Kyiv says North Korean units moved closer to the border",
  "",
  "North Korean units have moved from training areas in the Russian Far East to positions close to the Ukrainian border, Ukrainian military intelligence said on Wednesday.",
  "The agency said the soldiers had been issued Russian uniforms and documents and would be attached to Russian airborne and marine brigades.",
  "Moscow did not comment on the report. Pyongyang has called earlier reports of a deployment a smear campaign.",
].join("\n");

async function importCopy(request: APIRequestContext, baseURL: string, outlet: string, domain: string) {
  const file = `---\nurl: "https://${domain}/world/north-korean-units-border"\noutlet:\n  name: "${outlet}"\n  domain: "${domain}"\nlanguage: en\npublished: "2024-11-06"\n---\n${WIRE}\n`;
  const response = await request.post(`/api/events/nk-troops-russia/articles`, { data: file, headers: { "Content-Type": "text/markdown", Origin: baseURL } });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

test("the header's search box finds a misspelled name and leads into the reader at its sentence", async ({ page }) => {
  await page.goto("/events");
  const box = page.getByRole("searchbox", { name: "Search articles, claims and notes" });
  await box.fill("Beloussov");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Beloussov$/);

  await expect(page.getByTestId("also-searched-for")).toContainText("“beloussow”");
  const results = page.getByRole("list", { name: "Results for “Beloussov”" });
  const first = results.getByRole("listitem").first();
  await expect(first.locator("mark").first()).toHaveText(/Beloussow/);

  await first.getByRole("link", { name: /^Read this in/ }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]+\?revision=\d+&at=\d+-\d+#hit$/);
  const place = page.locator("#hit");
  await expect(place).toContainText("Beloussow");
  await expect(place).toBeInViewport();
});

test("search filters narrow the results, and a bad date says what is wrong", async ({ page }) => {
  await page.goto("/search?q=Soldaten+or+troops");
  const results = page.getByRole("list", { name: /Results for/ });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  await page.getByLabel("Language").selectOption("en");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/language=en/);
  const items = results.getByRole("listitem");
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item).toContainText("English");

  await page.goto("/search?q=troops&from=2024-02-31");
  await expect(page.getByText(/Invalid ISO date|invalid/i).first()).toBeVisible();
  await expect(page.getByRole("list", { name: /Results for/ })).toHaveCount(0);
});

test("the same agency text under three outlets is one group of copies; an editor splits one out and undoes it", async ({ page, request, baseURL }) => {
  for (const [outlet, domain] of [
    ["Harbour Wire Daily", "harbour-wire.example"],
    ["Lakeside Ledger", "lakeside-ledger.example"],
    ["Plains Observer", "plains-observer.example"],
  ] as const) {
    await importCopy(request, baseURL!, outlet, domain);
  }
  await page.goto(EVENT_PATH);
  const groups = page.getByTestId("copy-group");
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText("3 outlets ran the same text");
  await expect(groups.first()).toContainText("Compared as one voice");

  await page.getByRole("button", { name: /^Not a copy: take .* \(Plains Observer\)/ }).click();
  await expect(groups.first()).toContainText("2 outlets ran the same text");
  const apart = page.getByTestId("kept-apart");
  await expect(apart).toContainText("Plains Observer");

  await apart.getByRole("button", { name: /^Undo the split/ }).click();
  await expect(groups.first()).toContainText("3 outlets ran the same text");
  await expect(page.getByTestId("kept-apart")).toHaveCount(0);

  await page.goto(`${EVENT_PATH}/history`);
  await expect(page.getByText(/split from its copies/).first()).toBeVisible();
  await expect(page.getByText(/handed back to the machine/).first()).toBeVisible();
});
