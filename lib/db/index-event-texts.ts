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
 * For revisions that have none yet; the bulk import calls it for the articles it creates, in the
 * transaction that creates them.
 */
export async function writePassages(tx: DbClient, eventId: string, revisions: readonly RevisionText[]): Promise<void> {
  const rows = revisions.flatMap((m) => splitPassages(m.text).map((p) => ({ ...m, ...p })));
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "language", "start", "end", "text")
    SELECT 'article', ${eventId}::uuid, x.article_id, x.revision_id, x.language, x.start, x.end, x.text
      FROM unnest(${rows.map((r) => r.articleId)}::uuid[], ${rows.map((r) => r.revisionId)}::uuid[], ${rows.map((r) => r.language)}::text[],
                  ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.end)}::int[], ${rows.map((r) => r.text)}::text[])
           AS x(article_id, revision_id, language, start, "end", text)`;
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
