import { expect, test } from "vitest";
import { contentHash } from "@/lib/articles";
import { getDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { importArticlesInBulk } from "@/lib/db/import-articles-in-bulk";
import { extractOnThreads } from "@/lib/worker/extract-on-threads";
import { generateNewsArticle } from "@/scripts/bench/support/generate-news";
import { createRandom } from "@/scripts/bench/support/random";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

/** An event's facets and claims, without ids, in a fixed order. */
async function stored(eventId: string) {
  const facets = await getDb().facet.findMany({ where: { eventId }, orderBy: { key: "asc" }, select: { key: true, label: true, kind: true, unit: true } });
  const claims = await getDb().claim.findMany({
    where: { revision: { article: { eventId } } },
    omit: { id: true, revisionId: true, facetId: true, createdAt: true, updatedAt: true },
    include: { facet: { select: { key: true } }, revision: { select: { article: { select: { title: true } } } } },
  });
  const key = (c: (typeof claims)[number]) => `${c.revision.article.title}\u0000${String(c.start).padStart(6, "0")}`;
  return { facets, claims: claims.sort((a, b) => key(a).localeCompare(key(b))).map((c) => ({ ...c, minValue: c.minValue?.toString(), maxValue: c.maxValue?.toString() })) };
}

test("claims found on worker threads are stored exactly as those found in one thread", async () => {
  const random = createRandom(7);
  const articles = Array.from({ length: 60 }, (_, i) => {
    const language = i % 2 ? "en" : "de";
    const text = generateNewsArticle(random, language, 2500);
    return { title: `Report ${i}`, language, publishedAt: "2026-03-10", text, contentHash: contentHash(text) };
  });
  const [one, many] = [await ensureEvent({ slug: "extract-one-thread" }, "test"), await ensureEvent({ slug: "extract-threads" }, "test")];
  await importArticlesInBulk(one.id, articles, "test");
  await importArticlesInBulk(many.id, articles, "test");
  let threaded = 0;
  const a = await extractEventClaims(one.id, "test");
  const b = await extractEventClaims(many.id, "test", {
    extractMany: async (inputs) => {
      threaded = inputs.length;
      return extractOnThreads(inputs, { threads: 2, minBytes: 0 });
    },
  });
  expect(threaded).toBe(60);
  expect(b).toEqual(a);
  expect(a.claimsCreated).toBeGreaterThan(100);
  expect(await stored(many.id)).toEqual(await stored(one.id));
  expect(await getDb().auditEvent.count({ where: { eventId: many.id, entityType: "claim" } })).toBe(a.claimsCreated);
}, 120_000);
