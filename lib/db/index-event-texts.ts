import "server-only";
import { fingerprintText } from "../copies/fingerprint-text";
import type { Fingerprint } from "../copies/schema";
import { splitPassages } from "../search/split-passages";
import type { DbClient } from "./client";
import { insertRows } from "./insert-rows";

/**
 * Derives what the search and the copy grouping read from each article's latest revision, for the
 * revisions of `eventId` that lack it: the paragraphs the search finds (search_entry rows of kind
 * `article`) and the MinHash fingerprint (copy_fingerprint). Revisions never change, so this is
 * done once per revision; calling it again finds nothing to do. Deleted articles are skipped.
 * @returns the texts it indexed for search, whose words the caller adds to the search vocabulary.
 */
export async function indexEventTexts(tx: DbClient, eventId: string): Promise<string[]> {
  // One indexing per event at a time, and the second reads what the first wrote: two imports
  // committing at once would both find the other's revisions unindexed and write their paragraphs twice.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`index texts:${eventId}`}))`;
  const missing = await tx.$queryRaw<{ articleId: string; revisionId: string; language: string; text: string; passages: boolean; fingerprint: boolean }[]>`
    SELECT a.id::text AS "articleId", r.id::text AS "revisionId", a.language, r.text,
           EXISTS (SELECT 1 FROM "search_entry" e WHERE e.revision_id = r.id AND e.kind = 'article') AS passages,
           EXISTS (SELECT 1 FROM "copy_fingerprint" f WHERE f.revision_id = r.id) AS fingerprint
      FROM "article" a
      JOIN LATERAL (SELECT id, text FROM "article_revision" WHERE article_id = a.id ORDER BY number DESC LIMIT 1) r ON true
     WHERE a.event_id = ${eventId}::uuid AND a.deleted_at IS NULL
       AND (NOT EXISTS (SELECT 1 FROM "search_entry" e WHERE e.revision_id = r.id AND e.kind = 'article')
            OR NOT EXISTS (SELECT 1 FROM "copy_fingerprint" f WHERE f.revision_id = r.id))`;
  if (missing.length === 0) return [];

  const unsearched = missing.filter((m) => !m.passages);
  await writePassages(tx, eventId, unsearched);
  await writeFingerprints(tx, fingerprintRevisions(missing.filter((m) => !m.fingerprint)));
  return unsearched.map((m) => m.text);
}

/** A revision to index: its text, and the article it belongs to. */
export type RevisionText = { articleId: string; revisionId: string; language: string; text: string };

/**
 * Writes the paragraphs the search finds of each revision (search_entry rows of kind `article`).
 * For revisions that have none yet, stored already (the bulk import calls it for the articles it
 * creates, in the transaction that creates them). For an article of ordinary length only each
 * paragraph's place travels: the database cuts its text out of the stored revision, where sending
 * every text a second time (8 MB for 2,000 articles, as a text array the driver escaped and the
 * server parsed element by element) cost both sides more than the cutting. A long revision sends
 * its paragraphs instead: `substr` reads a stored text from its start, code point by code point,
 * so cutting 9,000 paragraphs out of a 1.6 MB text read it 9,000 times (42 s on one import).
 */
export async function writePassages(tx: DbClient, eventId: string, revisions: readonly RevisionText[]): Promise<void> {
  // Per paragraph: its revision (index into the arrays below), its UTF-16 offsets as stored, and
  // where `substr` finds it, in code points from 1 — or, for a long revision, 0 and the index of
  // its text in `sent`. Written in this order, as before (their ids break ties in the search's
  // ranking).
  const places: number[] = [];
  const sent: string[] = [];
  revisions.forEach((revision, i) => {
    const cutHere = revision.text.length > CUT_IN_DATABASE_UP_TO;
    const codePoint = cutHere ? null : codePointOffsets(revision.text);
    for (const { start, end } of splitPassages(revision.text)) {
      if (codePoint) {
        const from = codePoint(start);
        places.push(i + 1, start, end, from + 1, codePoint(end) - from);
      } else {
        sent.push(revision.text.slice(start, end));
        places.push(i + 1, start, end, 0, sent.length);
      }
    }
  });
  if (places.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "language", "start", "end", "text")
    SELECT 'article', ${eventId}::uuid, v.article_id, v.revision_id, v.language, p.start, p.end,
           CASE WHEN p.from = 0 THEN (${sent}::text[])[p.length] ELSE substr(r.text, p.from, p.length) END
      FROM (SELECT n, q[n] AS i, q[n + 1] AS start, q[n + 2] AS "end", q[n + 3] AS "from", q[n + 4] AS length
              FROM (SELECT ${places}::int[] AS q) AS a, generate_series(1, cardinality(a.q), 5) AS n) AS p
      JOIN unnest(${revisions.map((r) => r.articleId)}::uuid[], ${revisions.map((r) => r.revisionId)}::uuid[], ${revisions.map((r) => r.language)}::text[])
           WITH ORDINALITY AS v(article_id, revision_id, language, i) USING (i)
      JOIN "article_revision" r ON r.id = v.revision_id
     ORDER BY p.n`;
}

/**
 * The longest revision (in UTF-16 units) whose paragraphs the database cuts out itself. News
 * articles run to a few tens of kilobytes; past this, sending the text is cheaper than re-reading
 * the stored one once per paragraph.
 */
const CUT_IN_DATABASE_UP_TO = 64 * 1024;

/**
 * Turns a UTF-16 offset into `text` into a count of code points (what PostgreSQL's `substr`
 * counts): the same number unless the text holds characters beyond the BMP (two UTF-16 units).
 * Offsets must be asked for in increasing order.
 */
function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  let unit = 0;
  let points = 0;
  return (offset) => {
    for (; unit < offset; unit++) {
      const code = text.charCodeAt(unit);
      // The second half of a pair adds no code point of its own.
      if (!(code >= 0xdc00 && code <= 0xdfff && unit > 0 && isHighSurrogate(text.charCodeAt(unit - 1)))) points++;
    }
    return points;
  };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The MinHash fingerprint of each revision, as `writeFingerprints` stores it. */
export type RevisionFingerprint = { revisionId: string } & Fingerprint;

export function fingerprintRevisions(revisions: readonly Pick<RevisionText, "revisionId" | "text">[]): RevisionFingerprint[] {
  return revisions.map((m) => ({ revisionId: m.revisionId, ...fingerprintText(m.text) }));
}

/** Writes the MinHash fingerprint of each revision (copy_fingerprint), unless it has one. */
export async function writeFingerprints(tx: DbClient, fingerprints: readonly RevisionFingerprint[]): Promise<void> {
  await insertRows(tx, "copy_fingerprint", fingerprints, { skipDuplicates: true });
}
