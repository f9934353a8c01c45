import "server-only";
import { tokenize } from "../extract";
import { highlightSegments } from "../search/highlight-segments";
import { HIT_START, HIT_STOP, readHeadline, withoutMarkers } from "../search/read-headline";
import { readerHref } from "../search/reader-place";
import type { SearchHit, SearchQuery, SearchResults, TextRange } from "../search/schema";
import { sentenceAround, type SentenceWindow } from "../search/sentence-around";
import { type QueryWord, queryWords, spellVariants } from "../search/spell-variants";
import { getDb, Prisma } from "./client";

export const SEARCH_PAGE_SIZE = 20;
// Matches read before ranking. A word found in most articles (an event's main noun) would
// otherwise make every search rank the whole corpus; past this many, the counts say "1,000+" and
// the best of those are shown. Filters apply before the cap, so narrowing a search is exact.
export const SEARCH_CANDIDATES = 1000;
// How many of the vocabulary's closest words a misspelled one is also searched as.
const SUGGESTIONS = 4;

type Row = {
  id: bigint;
  kind: "article" | "claim" | "note";
  articleId: string;
  revisionId: string;
  revisionNumber: number;
  language: string;
  start: number;
  end: number;
  text: string;
  title: string;
  publishedAt: Date | null;
  outlet: string | null;
  eventSlug: string;
  eventTitle: string;
  claimId: string | null;
  claimStatus: "proposed" | "confirmed" | "rejected" | null;
  facetId: string | null;
  facetLabel: string | null;
  noteId: string | null;
  noteBody: string | null;
  noteTags: string[] | null;
  articles: bigint;
  claims: bigint;
  notes: bigint;
  capped: boolean;
  marked: string | null;
};

const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${HIT_START}, StopSel=${HIT_STOP}`;

/**
 * Searches the paragraphs of every live article's latest revision, the claims on them and the
 * editors' notes: PostgreSQL full-text search in each article's language (German and English
 * stemming, `simple` otherwise, accents ignored), and for each query word found nowhere in the
 * articles, its closest words by trigram similarity as well ("Choe" finds "Chloe"). Exact matches
 * rank above those found through a similar word; an article is listed once, with its best
 * paragraph. Each hit comes with its sentence, the matched words marked, and the reader's address
 * at that place. Deleted articles, events, claims and notes are never found. Never throws for a
 * valid query (a query of stop words only finds nothing).
 */
export async function searchEverything(query: SearchQuery): Promise<SearchResults> {
  const words = queryWords(query.q);
  const small = smallEvent(query);
  // Most queries hold no unknown word: the search itself runs beside the look-up for one.
  let [suggestions, rows] = await Promise.all([suggestWords(words, false), small.then((each) => findRows(query, [query.q], each))]);
  if (suggestions.size > 0) rows = await findRows(query, [query.q, ...spellVariants(query.q, words, suggestions, SUGGESTIONS)], await small);
  // Every word is known, yet nothing holds them all: one may be misspelled into another real word
  // ("Brandaur" for "Brandauer" when someone is called Brandaur). Then every word's closest
  // words are tried as well.
  if (rows.length === 0 && words.length > 0 && (query.page ?? 1) === 1) {
    suggestions = await suggestWords(words, true);
    if (suggestions.size > 0) rows = await findRows(query, [query.q, ...spellVariants(query.q, words, suggestions, SUGGESTIONS)], await small);
  }
  const variants = [query.q, ...spellVariants(query.q, words, suggestions, SUGGESTIONS)];
  const page = query.page ?? 1;
  const shown = rows.slice(0, SEARCH_PAGE_SIZE);
  const first = rows[0];
  return {
    query: query.q,
    alsoSearchedFor: words.flatMap(({ word }) => {
      const similar = suggestions.get(word);
      return similar?.length ? [{ word, suggestions: [...similar] }] : [];
    }),
    counts: { article: Number(first?.articles ?? 0), claim: Number(first?.claims ?? 0), note: Number(first?.notes ?? 0), capped: first?.capped ?? false },
    page,
    hits: await describeHits(shown, variants),
    hasMore: rows.length > SEARCH_PAGE_SIZE,
  };
}

/**
 * The text search configuration of each article language, and which paragraphs it reads. Each has
 * a GIN index of its own over exactly those paragraphs (partial, `NOT hidden`; see the migration
 * 20261208000000_search_speed), so a search reads each word's matches once, in its configuration,
 * instead of scanning one index of all paragraphs once per configuration. The SQL text must match
 * the indexes' predicates for PostgreSQL to use them; the names are literals so that each query is
 * built while the statement is planned, and its words' frequencies guide the plan.
 */
const CONFIGS = [
  { language: "de", config: Prisma.raw(`'public.claimdiff_german'`), reads: Prisma.sql`e.language = 'de'` },
  { language: "en", config: Prisma.raw(`'public.claimdiff_english'`), reads: Prisma.sql`e.language = 'en'` },
  { language: null, config: Prisma.raw(`'public.claimdiff_simple'`), reads: Prisma.sql`e.language NOT IN ('de', 'en')` },
] as const;

// An event of at most this many paragraphs (some 750 articles) is searched by checking each of them.
export const SMALL_EVENT = 5000;

/**
 * Whether the search is within one event small enough to check each of its paragraphs: cheaper
 * than having the text index hand over a common word's matches in the whole archive to intersect
 * them with the event's (under 1 ms against 3–11 ms for an event of 650 paragraphs among 651,038).
 * For a rare word in a large event the index is faster (65,000 paragraphs checked take 40 ms), so
 * a larger event is searched like the archive. PostgreSQL's costs do not see the difference.
 */
async function smallEvent(query: SearchQuery): Promise<boolean> {
  if (!query.event) return false;
  const [row] = await getDb().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM "search_entry" WHERE event_id = (SELECT id FROM "event" WHERE slug = ${query.event}) LIMIT ${SMALL_EVENT + 1}) e`;
  return Number(row?.n ?? 0) <= SMALL_EVENT;
}

/**
 * One page of matches (and one more, to tell whether there are more), best first, with the counts.
 * `eachOfEvent`: check each paragraph of the filter's event rather than read the text index.
 */
async function findRows(query: SearchQuery, variants: readonly string[], eachOfEvent: boolean): Promise<Row[]> {
  const page = query.page ?? 1;
  // A language filter leaves one configuration to read.
  const configs = query.language ? [CONFIGS.find((c) => c.language === query.language) ?? CONFIGS[2]] : CONFIGS;
  const tsquery = (config: Prisma.Sql) => Prisma.sql`claimdiff_search_query(${config}, ${[...variants]}::text[])`;
  // The query of a row's own language; `language` names its column.
  const perLanguage = (language: Prisma.Sql, of: (c: (typeof CONFIGS)[number]) => Prisma.Sql) =>
    Prisma.sql`CASE ${language} WHEN 'de' THEN ${of(CONFIGS[0])} WHEN 'en' THEN ${of(CONFIGS[1])} ELSE ${of(CONFIGS[2])} END`;
  // Without spelling variants every match is exact; with them, a match of the query as typed ranks
  // above one found only through a similar word.
  const exact =
    variants.length > 1
      ? Prisma.sql`CASE WHEN e.search_vector @@ ${perLanguage(Prisma.sql`e.language`, (c) => Prisma.sql`websearch_to_tsquery(${c.config}, ${query.q})`)} THEN 1 ELSE 0 END`
      : Prisma.sql`1`;
  // `IS TRUE` keeps PostgreSQL from reading the text index for the match.
  const matches = (c: (typeof CONFIGS)[number]) =>
    eachOfEvent ? Prisma.sql`(e.search_vector @@ ${tsquery(c.config)}) IS TRUE` : Prisma.sql`e.search_vector @@ ${tsquery(c.config)}`;
  return getDb().$queryRaw<Row[]>`
    WITH matched AS (
      SELECT e.id, e.kind, e.article_id, e.revision_id, e.claim_id, e.annotation_id, e.language, e.start, e."end", e.text,
             -- An article's headline weighs half: the result shows the title anyway, and a sentence
             -- of the text adds to it.
             ts_rank(e.search_vector, ${perLanguage(Prisma.sql`e.language`, (c) => tsquery(c.config))}, 1)
               * CASE WHEN e.kind = 'article' AND e.start = 0 THEN 0.5 ELSE 1 END
               + ${exact} AS rank
        FROM "search_entry" e
       WHERE NOT e.hidden
         AND (${Prisma.join(configs.map((c) => Prisma.sql`(${c.reads} AND ${matches(c)})`), " OR ")})
         ${filters(query)}
       LIMIT ${SEARCH_CANDIDATES}
    ),
    best AS (
      SELECT m.*, row_number() OVER (
               PARTITION BY CASE WHEN m.kind = 'article' THEN m.article_id::text ELSE m.id::text END
               ORDER BY m.rank DESC, m.id) AS nth
        FROM matched m
    ),
    listed AS (
      SELECT b.*, count(*) FILTER (WHERE b.kind = 'article') OVER () AS articles,
             count(*) FILTER (WHERE b.kind = 'claim') OVER () AS claims,
             count(*) FILTER (WHERE b.kind = 'note') OVER () AS notes
        FROM best b
       WHERE b.nth = 1
    ),
    -- The page first, then what it shows: the joins touch 21 rows, not every match.
    shown AS (
      SELECT * FROM listed l
       WHERE ${query.kind ? Prisma.sql`l.kind = ${query.kind}::search_kind` : Prisma.sql`true`}
       ORDER BY l.rank DESC, l.id
       LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT l.id, l.kind::text AS kind, l.article_id::text AS "articleId", l.revision_id::text AS "revisionId", r.number AS "revisionNumber",
           l.language, l.start, l."end", l.text, a.title, a.published_at AS "publishedAt", o.name AS outlet,
           ev.slug AS "eventSlug", ev.title AS "eventTitle",
           c.id::text AS "claimId", c.status::text AS "claimStatus", f.id::text AS "facetId", f.label AS "facetLabel",
           n.id::text AS "noteId", n.body AS "noteBody", n.tags AS "noteTags",
           l.articles, l.claims, l.notes, (SELECT count(*) FROM matched) >= ${SEARCH_CANDIDATES} AS capped,
           -- A paragraph's matched words, marked here to save a round trip; claims and notes are
           -- marked in their sentence, which is cut from the revision text first.
           CASE WHEN l.kind = 'article' THEN
             ts_headline(claimdiff_search_config(l.language), regexp_replace(l.text, '[\x02\x03]', ' ', 'g'),
                         ${perLanguage(Prisma.sql`l.language`, (c) => tsquery(c.config))}, ${HEADLINE_OPTIONS})
           END AS marked
      FROM shown l
      JOIN "article" a ON a.id = l.article_id
      JOIN "event" ev ON ev.id = a.event_id
      JOIN "article_revision" r ON r.id = l.revision_id
      LEFT JOIN "outlet" o ON o.id = a.outlet_id
      LEFT JOIN "claim" c ON c.id = l.claim_id
      LEFT JOIN "annotation" n ON n.id = l.annotation_id
      LEFT JOIN "facet" f ON f.id = COALESCE(c.facet_id, n.facet_id)
     ORDER BY l.rank DESC, l.id`;
}

function filters(query: SearchQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.event) parts.push(Prisma.sql`AND e.event_id = (SELECT id FROM "event" WHERE slug = ${query.event})`);
  if (query.language) parts.push(Prisma.sql`AND e.language = ${query.language}`);
  if (query.outlet || query.from || query.to) {
    const outlet = query.outlet ? Prisma.sql`AND a.outlet_id IN (SELECT id FROM "outlet" WHERE name = ${query.outlet})` : Prisma.empty;
    const from = query.from ? Prisma.sql`AND a.published_at >= ${query.from}::date` : Prisma.empty;
    const to = query.to ? Prisma.sql`AND a.published_at <= ${query.to}::date` : Prisma.empty;
    parts.push(Prisma.sql`AND e.article_id IN (SELECT a.id FROM "article" a WHERE true ${outlet} ${from} ${to})`);
  }
  if (query.facet) {
    // A paragraph belongs to a facet when it holds one of the facet's live claims.
    parts.push(Prisma.sql`AND (e.facet_id = ${query.facet}::uuid OR (e.kind = 'article' AND EXISTS (
      SELECT 1 FROM "claim" fc WHERE fc.revision_id = e.revision_id AND fc.facet_id = ${query.facet}::uuid
         AND fc.deleted_at IS NULL AND fc.start >= e.start AND fc."end" <= e."end")))`);
  }
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/**
 * The closest words of the vocabulary to each query word that no article holds (with `known`, to
 * every query word), at most SUGGESTIONS each, by trigram similarity (pg_trgm's `%`, 0.3 or more).
 * A word is held when the vocabulary has it as written, or, unless it is part of a hyphenated
 * compound (which is searched as a whole), a word of the same German or English stem: "Soldat" is
 * found as "Soldaten" by stemming, and is no misspelling.
 */
async function suggestWords(words: readonly QueryWord[], known: boolean): Promise<Map<string, string[]>> {
  if (words.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ word: string; term: string }[]>`
    SELECT w.word, s.term
      FROM unnest(${words.map((w) => w.word)}::text[], ${words.map((w) => w.inCompound)}::boolean[]) WITH ORDINALITY AS w(word, compound, n)
      CROSS JOIN LATERAL (SELECT lower(public.unaccent(w.word)) AS norm) x
      CROSS JOIN LATERAL (
        SELECT t.term FROM "search_term" t
         WHERE t.term % x.norm AND t.term <> x.norm
         ORDER BY similarity(t.term, x.norm) DESC, t.term
         LIMIT ${SUGGESTIONS}) s
     WHERE ${known} OR NOT (
             EXISTS (SELECT 1 FROM "search_term" held WHERE held.term = x.norm)
          OR NOT w.compound AND EXISTS (SELECT 1 FROM "search_term" held
                      WHERE claimdiff_stem('public.claimdiff_german', held.term) = claimdiff_stem('public.claimdiff_german', x.norm))
          OR NOT w.compound AND EXISTS (SELECT 1 FROM "search_term" held
                      WHERE claimdiff_stem('public.claimdiff_english', held.term) = claimdiff_stem('public.claimdiff_english', x.norm)))
     ORDER BY w.n`;
  const suggestions = new Map<string, string[]>();
  for (const { word, term } of rows) suggestions.set(word, [...(suggestions.get(word) ?? []), term]);
  return suggestions;
}

/** What is highlighted for one hit: a stretch of text, and where its marks go. */
type Highlight = { language: string; text: string };

/**
 * Each row as a hit: its sentence with the matched words marked (PostgreSQL's ts_headline, with the
 * row's language and the same query), and the place the reader opens. Two queries for the whole
 * page: the revision texts of claims and notes (their sentence is cut from the text), and the marks.
 */
async function describeHits(rows: readonly Row[], variants: readonly string[]): Promise<SearchHit[]> {
  const needText = [...new Set(rows.filter((r) => r.kind !== "article").map((r) => r.revisionId))];
  const texts = new Map(
    needText.length
      ? (await getDb().articleRevision.findMany({ where: { id: { in: needText } }, select: { id: true, text: true } })).map((r) => [r.id, r.text])
      : [],
  );
  // Per row: the text its sentence comes from, and for claims and notes the sentence window.
  const prepared = rows.map((row) => {
    if (row.kind === "article") return { row, source: row.text, offset: row.start, window: null as SentenceWindow | null };
    const source = texts.get(row.revisionId) ?? row.text;
    const window = sentenceAround(source, { start: row.start, end: row.end }, row.language, tokenize(source));
    return { row, source, offset: 0, window };
  });
  const highlights: Highlight[] = prepared.flatMap(({ row, source, window }) => [
    ...(window ? [{ language: row.language, text: source.slice(window.range.start, window.range.end) }] : []),
    ...(row.noteBody !== null ? [{ language: row.language, text: row.noteBody }] : []),
  ]);
  const marks = await markHits(highlights, variants);

  let next = 0;
  return prepared.map(({ row, source, offset, window }): SearchHit => {
    const sentenceMarks = window ? (marks[next++] ?? []) : (readHeadline(row.marked ?? "", withoutMarkers(source)) ?? []);
    const bodyMarks = row.noteBody !== null ? (marks[next++] ?? []) : [];
    let sentence: SentenceWindow;
    let hits: TextRange[];
    if (window) {
      sentence = window;
      hits = sentenceMarks.map((h) => ({ start: h.start + window.range.start, end: h.end + window.range.start }));
    } else {
      hits = sentenceMarks;
      const around = hits[0] ?? { start: 0, end: 0 };
      sentence = sentenceAround(source, around, row.language);
    }
    const at = window ? { start: row.start, end: row.end } : { start: offset + sentence.range.start, end: offset + sentence.range.end };
    return {
      kind: row.kind,
      article: {
        id: row.articleId,
        title: row.title,
        language: row.language,
        publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
        outlet: row.outlet,
      },
      event: { slug: row.eventSlug, title: row.eventTitle },
      revision: row.revisionNumber,
      sentence: highlightSegments(source, sentence.range, hits, sentence.cut),
      at,
      href: readerHref(row.articleId, row.revisionNumber, at),
      claim:
        row.claimId && row.claimStatus
          ? { id: row.claimId, status: row.claimStatus, facet: row.facetId && row.facetLabel ? { id: row.facetId, label: row.facetLabel } : null }
          : null,
      note:
        row.noteId && row.noteBody !== null
          ? { id: row.noteId, body: highlightSegments(row.noteBody, { start: 0, end: row.noteBody.length }, bodyMarks), tags: row.noteTags ?? [] }
          : null,
    };
  });
}

/** The matched words of each text, as ranges into it: ts_headline over all of them in one query. */
async function markHits(highlights: readonly Highlight[], variants: readonly string[]): Promise<TextRange[][]> {
  if (highlights.length === 0) return [];
  const texts = highlights.map((h) => withoutMarkers(h.text));
  const rows = await getDb().$queryRaw<{ marked: string }[]>`
    SELECT ts_headline(claimdiff_search_config(x.language), x.text,
                       claimdiff_search_query(claimdiff_search_config(x.language), ${[...variants]}::text[]),
                       ${HEADLINE_OPTIONS}) AS marked
      FROM unnest(${highlights.map((h) => h.language)}::text[], ${texts}::text[]) WITH ORDINALITY AS x(language, text, n)
     ORDER BY x.n`;
  return rows.map((row, i) => readHeadline(row.marked, texts[i] ?? "") ?? []);
}
