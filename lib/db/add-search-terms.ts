import "server-only";
import { getDb } from "./client";

/** Words per piece of text read by the database: a few kilobytes each, far below a tsvector's limit. */
const WORDS_PER_PIECE = 1_000;

/**
 * Adds the words of `texts` to the search vocabulary (lowercase, accents dropped, as the `simple`
 * configuration reads them), which the search consults for the words closest to a misspelled one.
 * Words of 3 to 40 characters that hold a letter. Runs as one statement of its own, inserting in
 * sorted order: concurrent imports then wait for each other's new words instead of deadlocking.
 * The database reads each distinct run of non-blank characters once rather than every text whole:
 * its parser never lets a word span a blank (only markup tags, which it leaves out, hold blanks),
 * and reporting repeats its words, so 2,000 articles are read in a fraction of the time.
 */
export async function addSearchTerms(texts: readonly string[]): Promise<void> {
  if (texts.length === 0) return;
  const runs = new Set<string>();
  for (const text of texts) for (const run of text.split(/[ \t\n\r\f\v]+/)) if (run) runs.add(run);
  const distinct = [...runs];
  const pieces: string[] = [];
  for (let start = 0; start < distinct.length; start += WORDS_PER_PIECE) pieces.push(distinct.slice(start, start + WORDS_PER_PIECE).join(" "));
  await getDb().$executeRaw`
    INSERT INTO "search_term" ("term")
    SELECT DISTINCT term
      FROM unnest(${pieces}::text[]) AS t(text),
           unnest(tsvector_to_array(to_tsvector('public.claimdiff_simple', t.text))) AS term
     WHERE length(term) BETWEEN 3 AND 40 AND term ~ '[[:alpha:]]'
     ORDER BY term
    ON CONFLICT ("term") DO NOTHING`;
}
