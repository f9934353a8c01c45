import "server-only";
import { addSearchTerms } from "./add-search-terms";
import { getDb } from "./client";
import { indexEventTexts } from "./index-event-texts";
import { mergeSearchPending } from "./merge-search-pending";
import { regroupCopies } from "./regroup-copies";

/**
 * Brings what is derived from an event's texts up to date after an article came in or changed:
 * the search's paragraphs and the fingerprints of new revisions, then the copy groups, in one
 * transaction; then the search index takes in its waiting entries, and the new words of the search
 * vocabulary come in a statement of their own. Idempotent:
 * with nothing new it only regroups. Safe to run concurrently for one event (the grouping is
 * serialized by an advisory lock). An import of many batches calls it once, after its last.
 */
export async function refreshEventIndexes(eventId: string, actor: string): Promise<void> {
  const texts = await getDb().$transaction(
    async (tx) => {
      const indexed = await indexEventTexts(tx, eventId);
      await regroupCopies(tx, eventId, actor);
      return indexed;
    },
    // The first run over an event imported before search existed indexes every article at once.
    { timeout: 120_000, maxWait: 10_000 },
  );
  // Also when the import itself wrote the paragraphs (lib/db/import-articles-in-bulk.ts).
  await mergeSearchPending();
  await addSearchTerms(texts);
}
