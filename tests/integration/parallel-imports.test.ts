import { describe, expect, test } from "vitest";
import { contentHash } from "@/lib/articles";
import type { ParsedArticle } from "@/lib/articles/schema";
import { getDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { importArticle } from "@/lib/db/import-article";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

// Issue 13, finding 5: 20 imports of one article at the same moment made 6 articles, one URL with
// 20 texts gave 15 × 500 and 5 revisions, and a new outlet domain in parallel gave 7 × 500.
// Each test starts 20 imports together (the pool of 10 connections runs 10 transactions at once).
const PARALLEL = 20;

function article(text: string, extra: Partial<ParsedArticle> = {}): ParsedArticle {
  return { title: "Same title, no URL", language: "en", text, contentHash: contentHash(text), ...extra };
}

async function settle<T>(promises: Promise<T>[]) {
  const results = await Promise.allSettled(promises);
  return { errors: results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as unknown) };
}

describe("imports running at the same moment", () => {
  test("20 parallel imports of one title without URL make one article with one revision", async () => {
    const event = await ensureEvent({ slug: "parallel-title" }, "test");
    const text = "Same title, no URL\n\nAbout 12,000 troops arrived, officials said.";
    const { errors } = await settle(Array.from({ length: PARALLEL }, () => importArticle(event.id, article(text), "test")));
    expect(errors).toEqual([]);
    const articles = await getDb().article.findMany({ where: { eventId: event.id }, select: { _count: { select: { revisions: true } } } });
    expect(articles).toHaveLength(1);
    expect(articles[0]!._count.revisions).toBe(1);
    expect(await getDb().auditEvent.count({ where: { eventId: event.id, entityType: "article", action: "create" } })).toBe(1);
  });

  test("one URL with 20 different texts in parallel: no error, one article, revisions 1 to 20, one per text", async () => {
    const event = await ensureEvent({ slug: "parallel-url" }, "test");
    const url = "https://news.example/story";
    const texts = Array.from({ length: PARALLEL }, (_, i) => `Story\n\nVersion ${i}: about ${1000 + i} troops.`);
    const { errors } = await settle(texts.map((text) => importArticle(event.id, article(text, { title: "Story", url }), "test")));
    expect(errors).toEqual([]);
    const stored = await getDb().article.findMany({
      where: { eventId: event.id },
      select: { revisions: { orderBy: { number: "asc" }, select: { number: true, contentHash: true } } },
    });
    expect(stored).toHaveLength(1);
    const revisions = stored[0]!.revisions;
    expect(revisions.map((r) => r.number)).toEqual(Array.from({ length: PARALLEL }, (_, i) => i + 1));
    expect(new Set(revisions.map((r) => r.contentHash))).toEqual(new Set(texts.map(contentHash)));
  });

  test("a new outlet domain in 20 parallel imports is created once, and every article names it", async () => {
    const event = await ensureEvent({ slug: "parallel-outlet" }, "test");
    const outlet = { name: "Parallel Post", domain: "parallel-post.example" };
    const { errors } = await settle(
      Array.from({ length: PARALLEL }, (_, i) =>
        importArticle(event.id, article(`Story ${i}\n\nText ${i}.`, { title: `Story ${i}`, url: `https://parallel-post.example/${i}`, outlet }), "test"),
      ),
    );
    expect(errors).toEqual([]);
    const outlets = await getDb().outlet.findMany({ where: { domain: outlet.domain }, select: { id: true } });
    expect(outlets).toHaveLength(1);
    const articles = await getDb().article.findMany({ where: { eventId: event.id }, select: { outletId: true } });
    expect(articles).toHaveLength(PARALLEL);
    expect(new Set(articles.map((a) => a.outletId))).toEqual(new Set([outlets[0]!.id]));
    expect(await getDb().auditEvent.count({ where: { entityType: "outlet", entityId: outlets[0]!.id, action: "create" } })).toBe(1);
  });

  test("an import without outlet or date keeps the ones an editor set", async () => {
    const event = await ensureEvent({ slug: "keep-metadata" }, "test");
    const first = await importArticle(event.id, article("Kept\n\nFirst text."), "test");
    const outlet = await getDb().outlet.create({ data: { name: "Set by hand" } });
    await getDb().article.update({ where: { id: first.articleId }, data: { outletId: outlet.id, publishedAt: new Date("2024-11-04") } });
    await importArticle(event.id, article("Kept\n\nSecond text."), "test");
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: first.articleId }, select: { outletId: true, publishedAt: true } });
    expect(stored).toEqual({ outletId: outlet.id, publishedAt: new Date("2024-11-04") });
  });
});
