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
 * creates, in the transaction that creates them). Only each paragraph's place travels: the
 * database cuts its text out of the stored revision, where sending every text a second time (8 MB
 * for 2,000 articles, as a text array the driver escaped and the server parsed element by element)
 * cost both sides more than the cutting. It cuts the revision's UTF-8 bytes, turned into `bytea`
 * once per revision: `substr` on the text counts characters from its start, so each paragraph read
 * the text up to it again (a fifth of the statement's reading for 3 KB articles; 42 s for 9,000
 * paragraphs of one 1.6 MB text, which once had to send its paragraphs instead).
 */
export async function writePassages(tx: DbClient, eventId: string, revisions: readonly RevisionText[]): Promise<void> {
  // Per paragraph: its revision (index into the arrays below), its UTF-16 offsets as stored, and
  // its first byte (from 1) and length in bytes in the revision's UTF-8. Written in this order, as
  // before (their ids break ties in the search's ranking).
  const places: number[] = [];
  revisions.forEach((revision, i) => {
    const byteAt = utf8Offsets(revision.text);
    for (const { start, end } of splitPassages(revision.text)) {
      const from = byteAt(start);
      places.push(i + 1, start, end, from + 1, byteAt(end) - from);
    }
  });
  if (places.length === 0) return;
  await tx.$executeRaw`
    WITH r AS MATERIALIZED (
      SELECT v.i, v.article_id, v.revision_id, v.language, convert_to(r.text, 'UTF8') AS bytes
        FROM unnest(${revisions.map((r) => r.articleId)}::uuid[], ${revisions.map((r) => r.revisionId)}::uuid[], ${revisions.map((r) => r.language)}::text[])
             WITH ORDINALITY AS v(article_id, revision_id, language, i)
        JOIN "article_revision" r ON r.id = v.revision_id)
    INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "language", "start", "end", "text")
    SELECT 'article', ${eventId}::uuid, r.article_id, r.revision_id, r.language, p.start, p.end,
           convert_from(substring(r.bytes FROM p.from FOR p.length), 'UTF8')
      FROM (SELECT n, q[n] AS i, q[n + 1] AS start, q[n + 2] AS "end", q[n + 3] AS "from", q[n + 4] AS length
              FROM (SELECT ${places}::int[] AS q) AS a, generate_series(1, cardinality(a.q), 5) AS n) AS p
      JOIN r USING (i)
     ORDER BY p.n`;
}

/**
 * Turns a UTF-16 offset into `text` into a count of bytes of its UTF-8 (as the database stores
 * it): a lone surrogate is stored as U+FFFD, three bytes, as the driver encodes it. Offsets must be
 * asked for in increasing order, and never inside a surrogate pair (paragraphs end at line breaks).
 */
function utf8Offsets(text: string): (offset: number) => number {
  let unit = 0;
  let bytes = 0;
  return (offset) => {
    if (offset > unit) {
      bytes += Buffer.byteLength(text.slice(unit, offset), "utf8");
      unit = offset;
    }
    return bytes;
  };
}

/** The MinHash fingerprint of each revision, as `writeFingerprints` stores it. */
export type RevisionFingerprint = { revisionId: string } & Fingerprint;

export function fingerprintRevisions(revisions: readonly Pick<RevisionText, "revisionId" | "text">[]): RevisionFingerprint[] {
  return revisions.map((m) => ({ revisionId: m.revisionId, ...fingerprintText(m.text) }));
}

/** Writes the MinHash fingerprint of each revision (copy_fingerprint), unless it has one. */
export async function writeFingerprints(tx: DbClient, fingerprints: readonly RevisionFingerprint[]): Promise<void> {
  await insertRows(tx, "copy_fingerprint", fingerprints, { skipDuplicates: true });
}
