import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { CLUTTERED_PAGE_ARTICLE, clutteredNewsPage } from "../../lib/ingest/fixtures/cluttered-news-page";

// Issue 11: events, articles and outlets in the UI, and ingest (paste, upload, URLs) as jobs.
// A local web server serves a cluttered news page; the e2e server allows fetching 127.0.0.1
// (E2E_FETCH_ALLOW in playwright.config.ts) and nothing else, so the same page asked for at
// 127.0.0.2 (also this machine) must be refused.

let server: Server;
let port: number;
let edition = 1;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/world/2025/03/14/flood-death-toll") {
      const page = clutteredNewsPage().replace("up from 36 on Wednesday", edition === 1 ? "up from 36 on Wednesday" : "up from 38 on Thursday");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  port = (server.address() as AddressInfo).port;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test.describe.configure({ mode: "serial" });

const slug = `flood-${Date.now()}`;
const pageUrl = () => `http://127.0.0.1:${port}/world/2025/03/14/flood-death-toll`;

test("an editor creates an event, and imports a cluttered news page from its URL as clean text with title, outlet and date", async ({ page }) => {
  await page.goto("/events");
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Title").fill("Flood in the valley");
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("Description").fill("Death toll and missing, by source.");
  await page.getByRole("button", { name: "Create event and add articles" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/import$`));

  await page.getByRole("tab", { name: /From URLs/ }).click();
  await page.getByLabel("Web addresses, one per line").fill(`${pageUrl()}\nhttp://127.0.0.2:${port}/world/2025/03/14/flood-death-toll`);
  await page.getByRole("button", { name: "Import 2 URLs" }).click();
  const job = page.getByTestId("job-progress").first();
  await expect(job).toContainText("2 of 2 finished", { timeout: 30_000 });
  await expect(job).toContainText("1 refused");
  await expect(job.getByRole("listitem").filter({ hasText: "127.0.0.2" })).toContainText(/127\.0\.0\.2 is a loopback address.*CLAIMDIFF_FETCH_ALLOW/);

  await job.getByRole("link", { name: "new article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CLUTTERED_PAGE_ARTICLE.title);
  await expect(page.locator("#metadata")).toContainText("Harbour Times");
  await expect(page.locator("#metadata")).toContainText("14 Mar 2025");
  await expect(page.locator("#metadata")).toContainText("by Mara Lindqvist");
  const text = page.getByTestId("article-text");
  for (const paragraph of CLUTTERED_PAGE_ARTICLE.paragraphs) await expect(text).toContainText(paragraph.slice(0, 60));
  for (const clutter of ["Win a cruise", "Subscribe", "cookies", "Celebrity chef", "All rights reserved", "alert"]) await expect(text).not.toContainText(clutter);
});

test("the same URL with changed text becomes revision 2, and any two revisions open side by side", async ({ page }) => {
  edition = 2;
  await page.goto(`/events/${slug}/import`);
  await page.getByRole("tab", { name: /From URLs/ }).click();
  await page.getByLabel("Web addresses, one per line").fill(pageUrl());
  await page.getByRole("button", { name: "Import 1 URL" }).click();
  const job = page.getByTestId("job-progress").first();
  await expect(job).toContainText("1 of 1 finished", { timeout: 30_000 });
  await job.getByRole("link", { name: "revision 2" }).click();

  await expect(page.getByRole("heading", { name: "Revisions" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Revision 2 \(latest\)/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Revision 1/ })).toBeVisible();
  const compare = page.getByRole("form", { name: "Compare two revisions" });
  await compare.getByLabel("Left").selectOption("1");
  await compare.getByLabel("Right").selectOption("2");
  await compare.getByRole("button", { name: "Side by side" }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  await expect(page.locator("del").filter({ hasText: "36" }).first()).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "38" }).first()).toBeVisible();
});

test("pasted text and uploaded files import together; an article without outlet or date says so, and an editor sets them", async ({ page }) => {
  await page.goto(`/events/${slug}/import`);
  await page.getByLabel("Article text").fill("Volunteers count 25 missing\n\nVolunteer groups said about 25 people were still missing in the valley.");
  await page.getByRole("tab", { name: /Upload files/ }).click();
  await page.getByLabel("Article files").setInputFiles([
    { name: "agency.md", mimeType: "text/markdown", buffer: Buffer.from("---\ntitle: Toll at 39, agency says\noutlet: Wire Agency\npublished: 2025-03-12\n---\nToll at 39, agency says\n\nThe toll stood at 39 on Wednesday.\n") },
    { name: "page.html", mimeType: "text/html", buffer: Buffer.from(clutteredNewsPage({ jsonLd: false, meta: false }).replace(CLUTTERED_PAGE_ARTICLE.title, "Rescuers reach the upper villages")) },
  ]);
  await expect(page.getByRole("list", { name: "Chosen files" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Import 1 pasted text, 2 files" }).click();
  const job = page.getByTestId("job-progress").first();
  await expect(job).toContainText("3 of 3 finished", { timeout: 30_000 });

  await page.goto(`/events/${slug}`);
  const row = page.getByRole("row").filter({ hasText: "Volunteers count 25 missing" });
  await expect(row).toContainText("no outlet — set it");
  await expect(row).toContainText("undated — set it");
  await row.getByRole("link", { name: "no outlet — set it" }).click();
  await expect(page.getByRole("note")).toContainText("no outlet and no publication date");

  const form = page.getByRole("form", { name: "Article metadata" });
  await form.getByLabel("URL").fill("https://www.valley-volunteers.example/missing");
  await form.getByLabel("Outlet").selectOption("from-url");
  await form.getByLabel("Published").fill("2025-03-15");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await expect(page.locator("#metadata")).toContainText("valley-volunteers.example");
  await expect(page.locator("#metadata")).toContainText("15 Mar 2025");
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("outlets are records: an editor adds one and corrects it", async ({ page }) => {
  const name = `Valley Courier ${Date.now()}`;
  await page.goto("/outlets");
  const form = page.getByRole("form", { name: "New outlet" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Domain").fill(`courier-${Date.now()}.example`);
  await form.getByLabel("Country").fill("gb");
  await form.getByRole("button", { name: "Add outlet" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added “${name}”.`);
  const item = page.getByRole("listitem").filter({ hasText: name });
  await expect(item).toContainText("GB");
  await item.getByText("Edit").click();
  const edit = page.getByRole("form", { name: `Edit ${name}` });
  await edit.getByLabel("Language").fill("en");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText("English");
  // A second outlet of the same name is refused in words, not a 500.
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Add outlet" }).click();
  await expect(form.getByRole("status")).toHaveText(`There is already an outlet named “${name}”.`);
});

test("an editor renames the event, deletes it, and brings it back from its history", async ({ page }) => {
  await page.goto(`/events/${slug}`);
  await page.getByText("Edit event").click();
  const form = page.getByRole("form", { name: "Edit event" });
  await form.getByLabel("Title").fill("Flood in the river valley");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flood in the river valley");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete event" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/history`));
  await page.goto("/events");
  await expect(page.getByRole("link", { name: /Flood in the river valley/ })).toHaveCount(0);

  await page.goto(`/events/${slug}/history`);
  const deletion = page.getByRole("listitem").filter({ hasText: "removed event" });
  await deletion.getByRole("button", { name: /Undo/ }).click();
  await expect(deletion).toContainText("restored");
  await page.goto("/events");
  await expect(page.getByRole("link", { name: /Flood in the river valley/ })).toBeVisible();
});

test("a viewer is offered none of it", async ({ browser, baseURL }) => {
  const admin = await browser.newContext({ storageState: ".data/test-results/e2e-auth/admin.json", extraHTTPHeaders: { origin: baseURL! } });
  const email = `ingest-viewer-${Date.now()}@claimdiff.example`;
  const created = await admin.request.post("/api/users", { data: { email, name: "Viewer", role: "viewer", password: "ingest-viewer-password" } });
  expect(created.status()).toBe(201);
  await admin.close();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("ingest-viewer-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole("link", { name: "New event" })).toHaveCount(0);
  await page.goto(`/events/${slug}`);
  await expect(page.getByText("Edit event")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Add articles" })).toHaveCount(0);
  expect((await page.goto(`/events/${slug}/import`))?.status()).toBe(404);
  await page.goto("/outlets");
  await expect(page.getByRole("form", { name: "New outlet" })).toHaveCount(0);
  await context.close();
});
