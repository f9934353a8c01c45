import { beforeAll, describe, expect, test } from "vitest";
import { parseArticleFile } from "@/lib/articles";
import { AGENCY } from "@/lib/copies/test-texts";
import { getDb } from "@/lib/db/client";
import { deleteArticle } from "@/lib/db/delete-article";
import { ensureEvent } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { importArticle } from "@/lib/db/import-article";
import { SEARCH_CANDIDATES, SMALL_EVENT, searchEverything } from "@/lib/db/search-everything";
import { undoDeletion } from "@/lib/db/undo-deletion";
import { type SearchHit, searchQuerySchema } from "@/lib/search/schema";
import { loadDemo } from "@/scripts/lib/load-demo";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

// Written for this test: an invented visit, its minister's name misspelled by the outlet.
const VISIT = `Foreign minister visits Marrow

Foreign Minister Chloe Son-hui arrived in Marrow on Thursday for talks about the rebuilding of the river walls.
She said the flood had shown how quickly a town can lose everything. Later she took a walk along the river.`;
const BESUCH = `Außenministerin besucht Marrow

Die Außenministerin reiste am Donnerstag über Pjöngjang nach Marrow. Dort sprach sie mit Soldaten, die beim Hochwasser geholfen hatten.`;

async function importText(eventId: string, text: string, meta: { url: string; outlet: string; language: string; published: string }) {
  const file = `---\nurl: "${meta.url}"\noutlet: "${meta.outlet}"\nlanguage: ${meta.language}\npublished: "${meta.published}"\n---\n${text}\n`;
  const parsed = parseArticleFile(new TextEncoder().encode(file));
  if (!parsed.ok) throw new Error(parsed.reason);
  return importArticle(eventId, parsed.article, "test");
}

const search = (input: Record<string, string | undefined>) => searchEverything(searchQuerySchema.parse(input));
const marked = (hit: SearchHit | undefined) => hit?.sentence.filter((s) => s.hit).map((s) => s.text) ?? [];
const sentence = (hit: SearchHit | undefined) => hit?.sentence.map((s) => s.text).join("") ?? "";

describe("search over articles, claims and notes", () => {
  let demoSlug: string;
  let visitId: string;
  let besuchId: string;
  beforeAll(async () => {
    demoSlug = (await loadDemo()).slug;
    const demo = await getDb().event.findUniqueOrThrow({ where: { slug: demoSlug } });
    await extractEventClaims(demo.id, "test");
    const flood = await ensureEvent({ slug: "marrow-flood", title: "The Marrow flood" }, "test");
    await importText(flood.id, AGENCY, { url: "https://linden-post.example/flood", outlet: "Linden Post", language: "en", published: "2025-03-05" });
    visitId = (await importText(flood.id, VISIT, { url: "https://valley-courier.example/visit", outlet: "Valley Courier", language: "en", published: "2025-03-07" })).articleId;
    besuchId = (await importText(flood.id, BESUCH, { url: "https://talblatt.example/besuch", outlet: "Talblatt", language: "de", published: "2025-03-07" })).articleId;
  });

  test("a misspelled name finds the article: “Choe Son-hui” finds “Chloe Son-hui”", async () => {
    const results = await search({ q: "Choe Son-hui" });
    expect(results.alsoSearchedFor).toEqual([{ word: "Choe", suggestions: expect.arrayContaining(["chloe"]) }]);
    const hit = results.hits.find((h) => h.article.id === visitId);
    expect(hit).toBeDefined();
    expect(sentence(hit)).toBe("Foreign Minister Chloe Son-hui arrived in Marrow on Thursday for talks about the rebuilding of the river walls.");
    expect(marked(hit)).toEqual(["Chloe", "Son", "hui"]);
  });

  test("the hit links into the reader at its sentence, in the revision it is in", async () => {
    const [hit] = (await search({ q: "Chloe" })).hits;
    const revision = await getDb().articleRevision.findFirstOrThrow({ where: { articleId: hit!.article.id, number: hit!.revision }, select: { text: true } });
    expect(revision.text.slice(hit!.at.start, hit!.at.end)).toBe(sentence(hit));
    expect(hit!.href).toBe(`/articles/${hit!.article.id}?revision=1&at=${hit!.at.start}-${hit!.at.end}#hit`);
  });

  test.each([
    { label: "a misspelled name in the demo", q: "Blnken", word: /Blinken/ },
    { label: "a transliteration", q: "Beloussov", word: /Beloussow/ },
    { label: "a German word in another form (stemming)", q: "Soldat", word: /Soldaten/ },
    { label: "an English word in another form", q: "troop", word: /troops/i },
    { label: "a word without its accent", q: "Pjongjang", word: /Pjöngjang/ },
    { label: "ß written as ss", q: "Aussenministerin", word: /Außenministerin/ },
  ])("finds $label: “$q”", async ({ q, word }) => {
    const { hits } = await search({ q });
    expect(hits.length).toBeGreaterThan(0);
    expect(marked(hits[0]).join(" ")).toMatch(word);
  });

  test("a word found through stemming is no misspelling: “Soldat” is not also searched as other words", async () => {
    const results = await search({ q: "Soldat" });
    expect(results.alsoSearchedFor).toEqual([]);
    expect(marked(results.hits[0])).toEqual(["Soldaten"]);
  });

  test("a misspelled part of a hyphenated name is still corrected, though its stem is a word of the text", async () => {
    // "huis" stems as "hui", a word of the text; but "Son-huis" is searched as a whole compound.
    const results = await search({ q: "Chloe Son-huis" });
    expect(results.alsoSearchedFor).toEqual([{ word: "huis", suggestions: expect.arrayContaining(["hui"]) }]);
    expect(results.hits.map((h) => h.article.id)).toContain(visitId);
  });

  test("an article in a language without stemming is found, with and without its language filter", async () => {
    const event = await ensureEvent({ slug: "marrow-visite", title: "Visite à Marrow" }, "test");
    const text = "Visite à Lindenau\n\nLa ministre a visité les digues de Lindenau jeudi.";
    const { articleId } = await importText(event.id, text, { url: "https://gazette.example/visite", outlet: "Gazette", language: "fr", published: "2025-03-07" });
    expect((await search({ q: "digues" })).hits.map((h) => h.article.id)).toEqual([articleId]);
    expect((await search({ q: "digues", language: "fr" })).hits.map((h) => h.article.id)).toEqual([articleId]);
    expect((await search({ q: "digues", language: "en" })).hits).toEqual([]);
    // Accents still do not matter; the English article that "visits" is left out by the filter.
    expect((await search({ q: "visite", language: "fr" })).hits.map((h) => h.article.id)).toEqual([articleId]);
  });

  test("an exact match ranks above one found through a similar word, and each article is listed once", async () => {
    const { hits } = await search({ q: "Marrow", kind: "article" });
    const articles = hits.map((h) => h.article.id);
    expect(new Set(articles).size).toBe(articles.length);
    expect(hits.length).toBe(3);
  });

  test.each([
    { label: "event", filter: { event: "marrow-flood" }, expect: (h: SearchHit) => h.event.slug === "marrow-flood" },
    { label: "language", filter: { language: "de" }, expect: (h: SearchHit) => h.article.language === "de" },
    { label: "outlet", filter: { outlet: "Talblatt" }, expect: (h: SearchHit) => h.article.outlet === "Talblatt" },
    { label: "date", filter: { from: "2025-03-06", to: "2025-03-31" }, expect: (h: SearchHit) => h.article.publishedAt === "2025-03-07" },
  ])("filters by $label", async ({ filter, expect: holds }) => {
    const unfiltered = await search({ q: "Marrow or Soldaten or troops" });
    const { hits } = await search({ q: "Marrow or Soldaten or troops", ...filter });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(unfiltered.hits.length + (unfiltered.hasMore ? 100 : 0));
    expect(hits.every(holds)).toBe(true);
  });

  test("claims are found with their facet, and filtered by it", async () => {
    const { hits } = await search({ q: "10.000", kind: "claim" });
    expect(hits.length).toBeGreaterThan(0);
    const facet = hits[0]!.claim!.facet!;
    expect(facet.label.length).toBeGreaterThan(0);
    const inFacet = await search({ q: "10.000", event: demoSlug, facet: facet.id });
    expect(inFacet.hits.length).toBeGreaterThan(0);
    expect(inFacet.hits.filter((h) => h.kind === "claim").every((h) => h.claim?.facet?.id === facet.id)).toBe(true);
    // A paragraph is in a facet when it holds one of the facet's claims.
    expect(inFacet.hits.some((h) => h.kind === "article")).toBe(true);
  });

  test("notes are found by their words, and disappear when deleted", async () => {
    const revision = await getDb().articleRevision.findFirstOrThrow({ where: { articleId: visitId }, select: { id: true, text: true } });
    const start = revision.text.indexOf("Chloe Son-hui");
    const note = await getDb().annotation.create({
      data: { revisionId: revision.id, exact: "Chloe Son-hui", start, end: start + 13, body: "The ministry spells her name Choe; check the transliteration.", tags: ["spelling"], authorName: "Dana Fact" },
    });
    const { hits } = await search({ q: "transliteration", kind: "note" });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.note?.body.filter((s) => s.hit).map((s) => s.text)).toEqual(["transliteration"]);
    expect(hits[0]?.at).toEqual({ start, end: start + 13 });
    await getDb().annotation.update({ where: { id: note.id }, data: { deletedAt: new Date() } });
    expect((await search({ q: "transliteration" })).hits).toHaveLength(0);
  });

  test("a deleted article is not found; undoing the deletion finds it again", async () => {
    const article = await getDb().article.findUniqueOrThrow({ where: { id: besuchId }, select: { version: true } });
    await deleteArticle({ articleId: besuchId, expectedVersion: article.version }, "test");
    expect((await search({ q: "Pjöngjang" })).hits.filter((h) => h.article.id === besuchId)).toHaveLength(0);
    const deletion = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: besuchId, action: "delete" }, orderBy: { id: "desc" } });
    await undoDeletion({ auditEventId: deletion.id.toString() }, "test");
    expect((await search({ q: "Pjöngjang" })).hits.map((h) => h.article.id)).toContain(besuchId);
  });

  test("a new revision replaces the old text in the search; a corrected language changes the stemming", async () => {
    const flood = await getDb().event.findUniqueOrThrow({ where: { slug: "marrow-flood" } });
    const meta = { url: "https://valley-courier.example/visit", outlet: "Valley Courier", language: "en", published: "2025-03-07" };
    await importText(flood.id, VISIT.replace("river walls", "harbour quays"), meta);
    expect((await search({ q: "quays" })).hits.map((h) => h.revision)).toEqual([2]);
    // The old words are gone from it (what is found now, through similar words, is the new revision).
    const old = (await search({ q: "walls", event: "marrow-flood" })).hits.filter((h) => h.article.id === visitId);
    expect(old.every((h) => h.revision === 2 && !sentence(h).includes("walls"))).toBe(true);

    // Imported as German, the English past tense is not stemmed; corrected to English, it is. ("walk"
    // is a word of another article, so it is not looked up as a misspelling of "walked".)
    const tagged = { url: "https://marrow-herald.example/quays", outlet: "Marrow Herald", language: "de", published: "2025-03-08" };
    const text = "Quays rebuilt\n\nThe mayor walked along the new quays on Friday.";
    await importText(flood.id, text, tagged);
    // In German, "walk" matches nothing; it is then found only as a word close to "walked".
    expect((await search({ q: "walk", outlet: "Marrow Herald" })).alsoSearchedFor.map((s) => s.word)).toEqual(["walk"]);
    await importText(flood.id, text, { ...tagged, language: "en" });
    const english = await search({ q: "walk", outlet: "Marrow Herald" });
    expect(english.hits).toHaveLength(1);
    expect(english.alsoSearchedFor).toEqual([]);
  });

  test("a word in more paragraphs than are read says so: the counts are then a lower bound (“1+”); a large event is searched alike", async () => {
    // More paragraphs than are read, in an event too large to check each of its paragraphs (as an
    // import of thousands of articles would write them), hold a word of their own.
    const article = await getDb().article.findUniqueOrThrow({ where: { id: besuchId }, select: { eventId: true, revisions: { select: { id: true }, orderBy: { number: "desc" }, take: 1 } } });
    const many = Math.max(SEARCH_CANDIDATES, SMALL_EVENT) + 1;
    await getDb().$executeRaw`
      INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "language", "start", "end", "text")
      SELECT 'article', ${article.eventId}::uuid, ${besuchId}::uuid, ${article.revisions[0]!.id}::uuid, 'de', n, n + 1, 'Zyzzyva Absatz ' || n
        FROM generate_series(1, ${many}) AS n`;
    try {
      expect((await search({ q: "Zyzzyva", kind: "article" })).counts).toEqual({ article: 1, claim: 0, note: 0, capped: true });
      expect((await search({ q: "Zyzzyva", event: "marrow-flood" })).counts).toEqual({ article: 1, claim: 0, note: 0, capped: true });
      expect((await search({ q: "Zyzzyva 17" })).counts.capped).toBe(false);
      expect((await search({ q: "Pjöngjang", event: "marrow-flood" })).hits.map((h) => h.article.id)).toContain(besuchId);
    } finally {
      await getDb().$executeRaw`DELETE FROM "search_entry" WHERE "text" LIKE 'Zyzzyva %'`;
    }
  });

  test.each([
    { label: "SQL", q: "'; DROP TABLE article; --" },
    { label: "tsquery syntax", q: "&|!():*<> \\ ' \"" },
    { label: "stop words only", q: "der die das the of" },
    { label: "an unclosed quote", q: '"Marrow flood' },
  ])("a query of $label finds what it finds, and breaks nothing", async ({ q }) => {
    const results = await search({ q });
    expect(results.hits.length).toBeGreaterThanOrEqual(0);
    expect(await getDb().article.count()).toBeGreaterThan(0);
  });
});
