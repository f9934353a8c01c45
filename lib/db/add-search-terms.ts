import "server-only";
import { getDb } from "./client";

/**
 * Adds the words of `texts` to the search vocabulary (lowercase, accents dropped, as the `simple`
 * configuration reads them), which the search consults for the words closest to a misspelled one.
 * Words of 3 to 40 characters that hold a letter. Runs as one statement of its own, inserting in
 * sorted order: concurrent imports then wait for each other's new words instead of deadlocking.
 */
export async function addSearchTerms(texts: readonly string[]): Promise<void> {
  if (texts.length === 0) return;
  await getDb().$executeRaw`
    INSERT INTO "search_term" ("term")
    SELECT DISTINCT term
      FROM unnest(${[...texts]}::text[]) AS t(text),
           unnest(tsvector_to_array(to_tsvector('public.claimdiff_simple', t.text))) AS term
     WHERE length(term) BETWEEN 3 AND 40 AND term ~ '[[:alpha:]]'
     ORDER BY term
    ON CONFLICT ("term") DO NOTHING`;
}
