import "server-only";
import { CopyPairIndex } from "../copies";
import type { Fingerprint } from "../copies/schema";

/**
 * The copy pairs found among each event's revisions, kept by this process between regroupings
 * (lib/db/regroup-copies.ts): each regrouping (after each single import, and once per import job) compares only
 * the revisions not in yet, where it compared every pair of the event again. A revision's fingerprint never changes, so the pairs found stay true; revisions no longer current
 * (a newer revision, a deleted article) are left out when the pairs are read off. Any process can
 * regroup an event: what another process stored is added here when it is first seen. The events
 * regrouped last are kept, up to MEMO_REVISIONS revisions in all.
 */
const memo = new Map<string, CopyPairIndex>();
// About 5 KB a revision at most (its signature and its 64 band keys).
const MEMO_REVISIONS = 10_000;

/** The index of an event's copy pairs, made empty when this process has none (and then kept). */
export function copyPairIndexOf(eventId: string): CopyPairIndex {
  let index = memo.get(eventId);
  if (index) memo.delete(eventId);
  else index = new CopyPairIndex();
  memo.set(eventId, index);
  let held = 0;
  for (const other of memo.values()) held += other.size;
  for (const [id, other] of memo) {
    if (held <= MEMO_REVISIONS || id === eventId) break;
    memo.delete(id);
    held -= other.size;
  }
  return index;
}

/**
 * Compares freshly fingerprinted revisions with the event's others now, rather than at the next
 * regrouping: a bulk import calls it while the database writes a batch's paragraphs, so the
 * comparing (on 2,000 generated articles as long as the regrouping's SQL) hides behind the writing
 * instead of following the last batch. Pairs of a revision whose transaction rolls back are never
 * read: the regrouping reads off only the pairs of revisions stored.
 */
export function compareBeforeRegrouping(eventId: string, revisions: readonly { revisionId: string; language: string; fingerprint: Fingerprint }[]): void {
  const index = copyPairIndexOf(eventId);
  for (const { revisionId, language, fingerprint } of revisions) index.add(copyPairKey(revisionId, language), language, fingerprint);
}

/** How the index names a revision: its language is part of what makes two texts copies. */
export const copyPairKey = (revisionId: string, language: string) => `${revisionId} ${language}`;
