-- A faster search (issue 11). The one GIN index over every paragraph was searched once per text
-- search configuration (German, English, simple): a word common in German articles was looked up
-- three times over all 650,000 paragraphs of 100,000 articles. One index per configuration, over
-- the paragraphs it reads and only those still shown, is read once per query word; a search reads
-- them as lib/db/search-everything.ts says, and their predicates must match its SQL text.
--
-- `fastupdate = off`: with it on, new entries wait in an unsorted pending list of up to 4 MB that
-- every search reads through in full until VACUUM merges it; after 1,000 imported articles that
-- list held 466 pages, read three times by each search. Off, each insert goes into the index itself
-- (a little slower to write), and a search reads only sorted posting lists.
DROP INDEX "search_entry_search_vector_idx";
CREATE INDEX "search_entry_search_vector_de_idx" ON "search_entry" USING GIN ("search_vector")
    WITH (fastupdate = off) WHERE "language" = 'de' AND NOT "hidden";
CREATE INDEX "search_entry_search_vector_en_idx" ON "search_entry" USING GIN ("search_vector")
    WITH (fastupdate = off) WHERE "language" = 'en' AND NOT "hidden";
CREATE INDEX "search_entry_search_vector_other_idx" ON "search_entry" USING GIN ("search_vector")
    WITH (fastupdate = off) WHERE "language" NOT IN ('de', 'en') AND NOT "hidden";

-- The vocabulary's trigram index, read for every query word not in the articles: the same reason.
ALTER INDEX "search_term_term_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('search_term_term_idx'::regclass);

-- A query word is looked up as a misspelling only when the articles do not hold it. The vocabulary
-- holds words as written, so an inflected form ("Hochwassers", "Soldat") that stemming finds was
-- taken for a misspelling: each such search ran twice, and listed the word's other forms as
-- "also searched for". A word is known too when the vocabulary holds a word of the same German or
-- English stem. The stem of one word in a configuration (null for a stop word or for several words):
CREATE FUNCTION "claimdiff_stem"("config" regconfig, "word" TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN length(to_tsvector("config", "word")) = 1 THEN (tsvector_to_array(to_tsvector("config", "word")))[1] END;
CREATE INDEX "search_term_german_stem_idx" ON "search_term" ("claimdiff_stem"('public.claimdiff_german', "term"));
CREATE INDEX "search_term_english_stem_idx" ON "search_term" ("claimdiff_stem"('public.claimdiff_english', "term"));
