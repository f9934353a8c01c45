import { describe, expect, test } from "vitest";
import { contentHash } from "@/lib/articles";
import { updateArticleInputSchema } from "@/lib/articles/schema";
import { getDb } from "@/lib/db/client";
import { createEvent } from "@/lib/db/create-event";
import { deleteEvent } from "@/lib/db/events";
import { importArticle } from "@/lib/db/import-article";
import { createOutlet, updateOutlet } from "@/lib/db/save-outlet";
import { updateArticle } from "@/lib/db/update-article";
import { updateEvent } from "@/lib/db/update-event";
import { AppError, EditConflictError } from "@/lib/errors";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

async function newArticle(slug: string, title: string) {
  const event = await createEvent({ slug, title: slug }, "test");
  const text = `${title}\n\nAbout 12,000 troops arrived.`;
  const { articleId } = await importArticle(event.id, { title, language: "en", text, contentHash: contentHash(text) }, "test");
  return { event, articleId };
}

const metadata = (overrides: Partial<Record<string, unknown>> = {}) =>
  updateArticleInputSchema.parse({ title: "Troops", url: null, outlet: null, publishedAt: null, language: "en", author: null, expectedVersion: 1, ...overrides });

describe("events", () => {
  test("a slug is taken once; a deleted event's slug says how to get it back", async () => {
    await createEvent({ slug: "taken", title: "Taken" }, "test");
    await expect(createEvent({ slug: "taken", title: "Again" }, "test")).rejects.toThrow(/already an event at “taken”/);
    await deleteEvent("taken", "test");
    await expect(createEvent({ slug: "taken", title: "Again" }, "test")).rejects.toThrow(/deleted event: undo its deletion on \/events\/taken\/history/);
  });

  test("renaming at an old version is refused with both sides, and nothing is written", async () => {
    await createEvent({ slug: "renamed", title: "First" }, "test");
    expect(await updateEvent("renamed", { title: "Second", description: "Why", expectedVersion: 1 }, "alice")).toEqual({ version: 2 });
    const late = updateEvent("renamed", { title: "Bob's", description: null, expectedVersion: 1 }, "bob");
    await expect(late).rejects.toBeInstanceOf(EditConflictError);
    await expect(late).rejects.toMatchObject({ current: { version: 2, title: "Second" }, attempted: { version: 1, title: "Bob's" } });
    const stored = await getDb().event.findUniqueOrThrow({ where: { slug: "renamed" }, select: { title: true, description: true, version: true } });
    expect(stored).toEqual({ title: "Second", description: "Why", version: 2 });
    expect(await getDb().auditEvent.count({ where: { entityType: "event", action: "update", actor: "alice" } })).toBe(1);
  });
});

describe("article metadata", () => {
  test("title, URL, date, language and author are set with an audit entry naming what changed", async () => {
    const { articleId } = await newArticle("meta", "Troops");
    const saved = await updateArticle(articleId, metadata({ url: "https://post.example/troops", publishedAt: "2024-11-04", author: "A. Writer" }), "alice");
    expect(saved).toEqual({ version: 2 });
    const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { url: true, publishedAt: true, author: true } });
    expect(article).toEqual({ url: "https://post.example/troops", publishedAt: new Date("2024-11-04"), author: "A. Writer" });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: articleId, action: "update" }, select: { before: true, after: true } });
    expect(audit.after).toMatchObject({ url: "https://post.example/troops", publishedAt: "2024-11-04", author: "A. Writer", version: 2 });
    expect(audit.before).toMatchObject({ url: null, publishedAt: null, author: null, version: 1 });
  });

  test("the outlet of the URL's domain is made once and reused", async () => {
    const { articleId: first } = await newArticle("from-url-1", "One");
    const { articleId: second } = await newArticle("from-url-2", "Two");
    await updateArticle(first, metadata({ title: "One", url: "https://www.domain-outlet.example/a", outlet: "from-url" }), "test");
    await updateArticle(second, metadata({ title: "Two", url: "https://domain-outlet.example/b", outlet: "from-url" }), "test");
    const outlets = await getDb().outlet.findMany({ where: { domain: "domain-outlet.example" }, select: { id: true, name: true } });
    expect(outlets).toEqual([{ id: expect.any(String), name: "domain-outlet.example" }]);
    const articles = await getDb().article.findMany({ where: { id: { in: [first, second] } }, select: { outletId: true } });
    expect(articles.map((a) => a.outletId)).toEqual([outlets[0]!.id, outlets[0]!.id]);
  });

  test.each([
    { label: "an outdated version", input: { expectedVersion: 9 }, error: EditConflictError },
    { label: "an outlet that does not exist", input: { outlet: "00000000-0000-4000-8000-000000000000" }, error: AppError, message: /outlet does not exist/ },
    { label: "the URL's outlet without a URL", input: { outlet: "from-url" }, error: AppError, message: /Give the article's URL/ },
  ])("refuses $label and writes nothing", async ({ input, error, message }) => {
    const { articleId } = await newArticle(`refuse-${Math.random().toString(36).slice(2, 8)}`, "Troops");
    const attempt = updateArticle(articleId, metadata(input), "test");
    await expect(attempt).rejects.toBeInstanceOf(error);
    if (message) await expect(attempt).rejects.toThrow(message);
    expect(await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } })).toEqual({ version: 1 });
  });

  test("a URL another article of the event has is refused as a conflict, in words", async () => {
    const { event, articleId } = await newArticle("url-clash", "First");
    const text = "Second\n\nText.";
    await importArticle(event.id, { title: "Second", url: "https://post.example/second", language: "en", text, contentHash: contentHash(text) }, "test");
    await expect(updateArticle(articleId, metadata({ title: "First", url: "https://post.example/second" }), "test")).rejects.toThrow(/Another article of this event has this URL: “Second”/);
  });

  test.each([
    { label: "a javascript: URL", field: { url: "javascript:alert(1)" } },
    { label: "a URL with credentials", field: { url: "https://user:pw@post.example/" } },
    { label: "a date that does not exist", field: { publishedAt: "2024-02-30" } },
    { label: "a zero-width title", field: { title: "\u200b\u200b" } },
    { label: "a right-to-left override in the title", field: { title: "Troops \u202e" } },
    { label: "a language that is not a code", field: { language: "German" } },
  ])("the input schema refuses $label", ({ field }) => {
    expect(updateArticleInputSchema.safeParse({ title: "T", url: null, outlet: null, publishedAt: null, language: "en", author: null, expectedVersion: 1, ...field }).success).toBe(false);
  });
});

describe("outlets", () => {
  test("name and domain are unique, said in words; corrections carry versions", async () => {
    const outlet = await createOutlet({ name: "Harbour Times", domain: "harbour-times.example", country: "GB", language: "en" }, "test");
    await expect(createOutlet({ name: "Harbour Times", domain: null, country: null, language: null }, "test")).rejects.toThrow(/already an outlet named “Harbour Times”/);
    await expect(createOutlet({ name: "Other", domain: "harbour-times.example", country: null, language: null }, "test")).rejects.toThrow(/already has the domain harbour-times\.example/);
    expect(await updateOutlet(outlet.id, { name: "The Harbour Times", domain: "harbour-times.example", country: "GB", language: "en", expectedVersion: 1 }, "test")).toEqual({ version: 2 });
    await expect(updateOutlet(outlet.id, { name: "Late", domain: null, country: null, language: null, expectedVersion: 1 }, "test")).rejects.toBeInstanceOf(EditConflictError);
  });
});
