import { describe, expect, test } from "vitest";
import { contentHash } from "@/lib/articles";
import type { ParsedArticle } from "@/lib/articles/schema";
import { getDb } from "@/lib/db/client";
import { deleteArticle } from "@/lib/db/delete-article";
import { ensureEvent } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { importArticle } from "@/lib/db/import-article";
import { importArticlesInBulk } from "@/lib/db/import-articles-in-bulk";
import { searchEverything } from "@/lib/db/search-everything";
import { searchQuerySchema } from "@/lib/search/schema";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

const OUTLETS = [{ name: "Bulk Post", domain: "bulk-post.example" }, { name: "Bulk Herald" }, { name: "Bulk Zeitung", domain: "bulk-zeitung.example" }];

/** n articles: every third without URL, outlets shared, two pairs of copies (the same text twice). */
function articles(n: number, variant = ""): ParsedArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const body = i % 10 === 1 ? "Copied wire text: about 12,000 troops crossed the border on Monday, officials said, and 40 people were hurt in the fighting near the town." : `Story ${i}: about ${1000 + i} troops arrived, and ${i} people were hurt, officials said.`;
    const text = `Headline ${i}\n\n${body}${variant}`;
    return {
      title: `Headline ${i}`,
      ...(i % 3 === 0 ? {} : { url: `https://news.example/${i}` }),
      ...(i % 4 === 0 ? {} : { outlet: OUTLETS[i % OUTLETS.length] }),
      ...(i % 5 === 0 ? { publishedAt: "2026-03-01", author: "A. Writer" } : {}),
      language: i % 2 ? "en" : "de",
      text,
      contentHash: contentHash(text),
    };
  });
}

/** What an event holds, without ids, so two events can be compared. */
async function snapshot(eventId: string) {
  const db = getDb();
  const stored = await db.article.findMany({
    where: { eventId },
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      url: true,
      author: true,
      language: true,
      publishedAt: true,
      copyGroupId: true,
      outlet: { select: { name: true, language: true } },
      revisions: { orderBy: { number: "asc" }, select: { number: true, contentHash: true, copyFingerprint: { select: { signature: true } }, _count: { select: { searchEntries: true } } } },
    },
  });
  const audit = await db.auditEvent.findMany({ where: { eventId }, select: { action: true, entityType: true, entityId: true } });
  const titleOf = new Map(stored.map((a) => [a.id, a.title]));
  return {
    articles: stored.map(({ id: _id, copyGroupId, ...rest }) => ({ ...rest, copied: copyGroupId !== null })),
    audit: audit.map((row) => `${row.action} ${row.entityType} ${titleOf.get(row.entityId) ?? ""}`).sort(),
  };
}

describe("importing many articles at once", () => {
  test("stores the same articles, revisions, search paragraphs, fingerprints, copy groups and audit entries as importing them one at a time", async () => {
    const single = await ensureEvent({ slug: "bulk-same-single" }, "test");
    const bulk = await ensureEvent({ slug: "bulk-same-bulk" }, "test");
    const input = articles(40);
    for (const article of input) await importArticle(single.id, article, "test");
    const outcomes = await importArticlesInBulk(bulk.id, input, "test", { batchSize: 15 });
    expect(outcomes.map((o) => o.status)).toEqual(input.map(() => "created"));
    const [a, b] = [await snapshot(single.id), await snapshot(bulk.id)];
    // Single imports regroup after each article, the bulk import once after its last batch: the
    // same groups, recorded as made once rather than grown one copy at a time.
    const notGroups = (audit: string[]) => audit.filter((row) => !row.includes("copy group"));
    expect({ ...b, audit: notGroups(b.audit) }).toEqual({ ...a, audit: notGroups(a.audit) });
    expect(b.audit.filter((row) => row.includes("copy group"))).toEqual(["create copy group "]);
    expect(b.articles.filter((x) => x.copied)).toHaveLength(4);
    expect(b.articles.every((x) => x.revisions[0]!._count.searchEntries > 0 && x.revisions[0]!.copyFingerprint)).toBe(true);
    expect(b.audit.filter((row) => row.startsWith("create article"))).toHaveLength(40);
    // The search vocabulary holds the words of the bulk import.
    expect(await getDb().searchTerm.count({ where: { term: "headline" } })).toBe(1);
  });

  test("search paragraphs, vocabulary and the search entries of the claims found are those of single imports", async () => {
    const single = await ensureEvent({ slug: "bulk-search-single" }, "test");
    const bulk = await ensureEvent({ slug: "bulk-search-bulk" }, "test");
    const tricky = "Die Außenministerin (CDU) sagte am 12.03.2026: „Wir zahlen 1.234,5 Mio. €“ – presse@amt-berlin.de, https://www.amt-berlin.de/presse?id=3 v1.2.3 Nord-Süd-Gefälle naïve O'Brien <b>fett</b> <a href=\"x\">verlinkt</a>";
    const input = [...articles(12), { title: "Tricky", language: "de", text: `Tricky\n\n${tricky}`, contentHash: contentHash(`Tricky\n\n${tricky}`) }];
    for (const article of input) await importArticle(single.id, article, "test");
    await importArticlesInBulk(bulk.id, input, "test", { batchSize: 5 });
    await extractEventClaims(single.id, "test");
    await extractEventClaims(bulk.id, "test");
    const entries = async (eventId: string) =>
      (
        await getDb().$queryRaw<{ row: string }[]>`
          SELECT concat_ws(' | ', e.kind, a.title, e.language, e.start, e."end", e.text, f.key, e.hidden, e.search_vector::text) AS row
            FROM search_entry e JOIN article a ON a.id = e.article_id LEFT JOIN facet f ON f.id = e.facet_id
           WHERE e.event_id = ${eventId}::uuid`
      )
        .map((r) => r.row)
        .sort();
    const [a, b] = [await entries(single.id), await entries(bulk.id)];
    expect(b).toEqual(a);
    expect(b.filter((row) => row.startsWith("claim")).length).toBeGreaterThan(10);
    // Every word of every text is in the vocabulary, as the database reads the texts whole.
    const missing = await getDb().$queryRaw<{ word: string }[]>`
      SELECT DISTINCT w.word FROM article_revision r JOIN article a ON a.id = r.article_id,
             unnest(tsvector_to_array(to_tsvector('public.claimdiff_simple', r.text))) AS w(word)
       WHERE a.event_id = ${bulk.id}::uuid AND length(w.word) BETWEEN 3 AND 40 AND w.word ~ '[[:alpha:]]'
         AND NOT EXISTS (SELECT 1 FROM search_term t WHERE t.term = w.word)`;
    expect(missing).toEqual([]);
    expect(await getDb().searchTerm.count({ where: { term: { in: ["aussenministerin", "presse@amt-berlin.de", "gefalle", "verlinkt"] } } })).toBe(4);
  });

  test("each search paragraph holds its words at its offsets, also after characters beyond the BMP (two UTF-16 units, one code point)", async () => {
    const event = await ensureEvent({ slug: "bulk-search-astral" }, "test");
    const text = "Flut 🌊 im Norden\n\n🚒🚒 Feuerwehr: 1.200 Einsätze 𝔸 seit Montag.\n\nDie Polizei zählte 40 Verletzte.\n\n" + "Sehr langer Absatz mit 🌊. ".repeat(120);
    await importArticlesInBulk(event.id, [{ title: "Astral", language: "de", text, contentHash: contentHash(text) }], "test");
    const rows = await getDb().searchEntry.findMany({ where: { eventId: event.id, kind: "article" }, select: { start: true, end: true, text: true }, orderBy: { start: "asc" } });
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(row.text).toBe(text.slice(row.start, row.end));
  });

  test("a long article (thousands of paragraphs, each cut from its UTF-8 bytes) gets the same paragraphs, in order, beside a short one", async () => {
    const event = await ensureEvent({ slug: "bulk-search-long" }, "test");
    const paragraphs = Array.from({ length: 3_000 }, (_, i) => `Absatz ${i + 1} 🌊: ${i * 7} Helfer – für ${i} € – waren im Einsatz.`);
    const long = `Ein langer Bericht\n\n${paragraphs.join("\n")}\n`;
    const short = "Kurz 🚒\n\nDie Polizei zählte 40 Verletzte.\n";
    expect(long.length).toBeGreaterThan(64 * 1024);
    await importArticlesInBulk(event.id, [long, short].map((text, i) => ({ title: `Bericht ${i}`, language: "de", text, contentHash: contentHash(text) })), "test");
    const rows = await getDb().searchEntry.findMany({
      where: { eventId: event.id, kind: "article" },
      select: { start: true, end: true, text: true, articleId: true },
      orderBy: { id: "asc" },
    });
    const articles = await getDb().article.findMany({ where: { eventId: event.id }, select: { id: true, title: true } });
    const texts = new Map(articles.map((a) => [a.id, a.title === "Bericht 0" ? long : short]));
    const ofLong = rows.filter((r) => texts.get(r.articleId) === long);
    expect(ofLong).toHaveLength(3_001);
    for (const row of rows) expect(row.text).toBe(texts.get(row.articleId)!.slice(row.start, row.end));
    const starts = ofLong.map((r) => r.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test("extraction records each facet and claim it creates in the audit log once, facets first, with the values stored", async () => {
    const event = await ensureEvent({ slug: "bulk-extract-audit" }, "test");
    await importArticlesInBulk(event.id, articles(30), "test", { batchSize: 10 });
    const summary = await extractEventClaims(event.id, "test");
    const db = getDb();
    const claims = await db.claim.findMany({ where: { revision: { article: { eventId: event.id } } }, select: { id: true, facetId: true, quote: true, start: true, end: true } });
    const facets = await db.facet.findMany({ where: { eventId: event.id }, select: { id: true, key: true, label: true, kind: true } });
    const audit = await db.auditEvent.findMany({
      where: { eventId: event.id, entityType: { in: ["claim", "facet"] } },
      orderBy: { id: "asc" },
      select: { actor: true, action: true, entityType: true, entityId: true, before: true, after: true },
    });
    expect(claims.length).toBe(summary.claimsCreated);
    expect(claims.length).toBeGreaterThan(10);
    const entry = (entityType: string, entityId: string, after: object) => ({ actor: "test", action: "create", entityType, entityId, before: null, after });
    const byId = (a: { entityId: string }, b: { entityId: string }) => a.entityId.localeCompare(b.entityId);
    expect(audit.slice(0, facets.length).sort(byId)).toEqual(facets.map(({ id, ...after }) => entry("facet", id, after)).sort(byId));
    expect(audit.slice(facets.length).sort(byId)).toEqual(claims.map(({ id, ...after }) => entry("claim", id, after)).sort(byId));
  });

  test("importing the same articles again creates nothing and writes no audit entry", async () => {
    const event = await ensureEvent({ slug: "bulk-again" }, "test");
    const first = await importArticlesInBulk(event.id, articles(25), "test", { batchSize: 10 });
    const before = { articles: await getDb().article.count(), revisions: await getDb().articleRevision.count(), audit: await getDb().auditEvent.count() };
    const again = await importArticlesInBulk(event.id, articles(25), "test", { batchSize: 10 });
    expect(again.map((o) => o.status)).toEqual(first.map(() => "unchanged"));
    expect(again.map((o) => (o.status === "refused" ? null : o.articleId))).toEqual(first.map((o) => (o.status === "refused" ? null : o.articleId)));
    expect({ articles: await getDb().article.count(), revisions: await getDb().articleRevision.count(), audit: await getDb().auditEvent.count() }).toEqual(before);
  });

  test("a changed text under the same URL or title becomes the next revision, also twice within one batch", async () => {
    const event = await ensureEvent({ slug: "bulk-revise" }, "test");
    await importArticlesInBulk(event.id, articles(6), "test");
    const changed = articles(6, " (updated)");
    const twice = articles(6, " (updated again)");
    const outcomes = await importArticlesInBulk(event.id, [...changed.slice(0, 3), twice[0]!, twice[1]!], "test");
    expect(outcomes.map((o) => (o.status === "refused" ? o.status : `${o.status} ${o.revision}`))).toEqual(["revised 2", "revised 2", "revised 2", "revised 3", "revised 3"]);
    const revisions = await getDb().articleRevision.findMany({ where: { article: { eventId: event.id, title: "Headline 0" } }, orderBy: { number: "asc" }, select: { contentHash: true } });
    expect(revisions.map((r) => r.contentHash)).toEqual([articles(6)[0]!.contentHash, changed[0]!.contentHash, twice[0]!.contentHash]);
    expect(await getDb().auditEvent.count({ where: { eventId: event.id, entityType: "revision", action: "create" } })).toBe(5);
    // The newest text is what the search finds.
    const newest = await getDb().articleRevision.findFirstOrThrow({ where: { article: { eventId: event.id, title: "Headline 0" }, number: 3 }, select: { id: true } });
    const entries = await getDb().searchEntry.findMany({ where: { revisionId: newest.id, kind: "article" }, select: { text: true } });
    expect(entries.map((e) => e.text).join(" ")).toContain("updated again");
  });

  test("an article deleted from the event is refused with the reason, the rest of its batch imports", async () => {
    const event = await ensureEvent({ slug: "bulk-refuse" }, "test");
    const [first] = await importArticlesInBulk(event.id, articles(1), "test");
    if (first?.status !== "created") throw new Error("expected the article to be created");
    await deleteArticle({ articleId: first.articleId, expectedVersion: 1 }, "test");
    const outcomes = await importArticlesInBulk(event.id, articles(4), "test");
    expect(outcomes[0]).toEqual({ status: "refused", reason: expect.stringContaining("deleted from the event") });
    expect(outcomes.slice(1).map((o) => o.status)).toEqual(["created", "created", "created"]);
  });

  test("bulk and single imports of overlapping articles at the same moment make each article and outlet once", async () => {
    const event = await ensureEvent({ slug: "bulk-parallel" }, "test");
    const input = articles(60);
    const reversed = [...input].reverse();
    const results = await Promise.allSettled([
      importArticlesInBulk(event.id, input, "test", { batchSize: 20 }),
      importArticlesInBulk(event.id, reversed, "test", { batchSize: 25 }),
      importArticlesInBulk(event.id, input.slice(20, 50), "test"),
      ...input.slice(0, 10).map((article) => importArticle(event.id, article, "test")),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await getDb().article.count({ where: { eventId: event.id } })).toBe(60);
    expect(await getDb().articleRevision.count({ where: { article: { eventId: event.id } } })).toBe(60);
    expect(await getDb().auditEvent.count({ where: { eventId: event.id, entityType: "article", action: "create" } })).toBe(60);
    expect(await getDb().outlet.count({ where: { name: { startsWith: "Bulk " } } })).toBe(3);
    // Each article's search paragraphs once, however many imports indexed the event at once.
    const paragraphs = await getDb().$queryRaw<{ revisions: number; twice: number }[]>`
      SELECT count(DISTINCT revision_id)::int AS revisions, (count(*) - count(DISTINCT (revision_id, start)))::int AS twice
        FROM "search_entry" WHERE event_id = ${event.id}::uuid AND kind = 'article'`;
    expect(paragraphs).toEqual([{ revisions: 60, twice: 0 }]);
  });

  describe("an import of many batches refreshes the vocabulary and copy groups once, at its end", () => {
    // Invented place names, one per article, and each article's text once more as a wire copy.
    const SYLLABLES = ["var", "lun", "dex", "tor", "mik", "sel", "bro", "quan"];
    const placeOf = (i: number) => `${SYLLABLES[i % 8]}${SYLLABLES[Math.floor(i / 8) % 8]}${SYLLABLES[(i * 3 + 2) % 8]}ingen`;
    const place = (i: number) => placeOf(i).charAt(0).toUpperCase() + placeOf(i).slice(1);
    const story = (i: number, text = `Flood in ${place(i)}\n\nAbout ${100 + i} homes in ${place(i)} were flooded on Monday, the mayor of ${place(i)} said. In ${place(i)}, ${i + 2} bridges were closed and the ${place(i)} fire brigade pumped water out of ${30 + i} cellars overnight.`) => ({
      title: `Flood in ${place(i)}`,
      url: `https://flood.example/${i}`,
      language: "en",
      text,
      contentHash: contentHash(text),
    });
    // A misspelling of the place (one letter left out), which only the vocabulary leads to.
    const misspelled = (i: number) => place(i).slice(0, 4) + place(i).slice(5);
    const found = (q: string, event?: string) => searchEverything(searchQuerySchema.parse({ q, event }));
    const titlesFound = async (q: string, event?: string) => (await found(q, event)).hits.map((hit) => hit.article.title);

    test("every article of every batch is found by its words and by a misspelling, and copies across batches are grouped", async () => {
      const event = await ensureEvent({ slug: "bulk-batches-searchable" }, "test");
      const input = Array.from({ length: 8 }, (_, i) => story(i));
      const copy = { ...story(0, input[0]!.text), title: "Wire copy", url: "https://wire.example/0" };
      const outcomes = await importArticlesInBulk(event.id, [...input, copy], "test", { batchSize: 3 });
      expect(outcomes.map((o) => o.status)).toEqual(Array(9).fill("created"));
      for (let i = 0; i < 8; i++) {
        expect(await titlesFound(place(i))).toContain(`Flood in ${place(i)}`);
        const results = await found(misspelled(i));
        expect(results.alsoSearchedFor).toEqual([{ word: misspelled(i), suggestions: expect.arrayContaining([placeOf(i)]) }]);
        expect(results.hits.map((hit) => hit.article.title)).toContain(`Flood in ${place(i)}`);
      }
      const grouped = await getDb().article.findMany({ where: { eventId: event.id, copyGroupId: { not: null } }, select: { title: true } });
      expect(grouped.map((a) => a.title).sort()).toEqual([`Flood in ${place(0)}`, "Wire copy"]);
    });

    test("a batch that fails stores nothing of its own; the batches before it are found, spelled wrong too, and grouped", async () => {
      const event = await ensureEvent({ slug: "bulk-batches-failed" }, "test");
      const input = Array.from({ length: 5 }, (_, i) => story(i + 10));
      const copy = { ...story(10, input[0]!.text), title: "Wire copy again", url: "https://wire.example/10" };
      // The database refuses a NUL character: the third batch fails as a whole.
      const broken = story(16, `Flood in ${place(16)}\n\nAbout 5 homes were flooded.\u0000`);
      await expect(importArticlesInBulk(event.id, [...input, copy, story(17), broken], "test", { batchSize: 3 })).rejects.toThrow();

      const stored = await getDb().article.findMany({ where: { eventId: event.id }, select: { title: true, copyGroupId: true } });
      expect(stored.map((a) => a.title).sort()).toEqual([...input.map((a) => a.title), "Wire copy again"].sort());
      for (let i = 10; i < 15; i++) {
        expect(await titlesFound(place(i), event.slug)).toContain(`Flood in ${place(i)}`);
        expect(await titlesFound(misspelled(i), event.slug)).toContain(`Flood in ${place(i)}`);
      }
      expect(stored.filter((a) => a.copyGroupId !== null).map((a) => a.title).sort()).toEqual([`Flood in ${place(10)}`, "Wire copy again"]);
      // Of the failed batch: no article, no paragraph, no word.
      expect(await titlesFound(place(17), event.slug)).toEqual([]);
      expect(await getDb().searchEntry.count({ where: { eventId: event.id, text: { contains: place(17) } } })).toBe(0);
      expect(await getDb().searchTerm.count({ where: { term: { in: [placeOf(16), placeOf(17)] } } })).toBe(0);
    });
  });
});
