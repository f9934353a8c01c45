-- A faster bulk import (issue 12). Profiling 2,000 imported articles and their 20,000 claims found
-- most of the database's time in the search index: each paragraph and claim went into the GIN
-- indexes one by one (`fastupdate` off, migration 20261208000000_search_speed), which cost three
-- times computing the `tsvector`s themselves, and each claim's search entry was written by a
-- trigger of its own, a statement per claim.
--
-- The GIN indexes batch new entries again, but in a pending list of at most 256 kB (32 pages)
-- instead of the default 4 MB: the writer that fills it merges it, sorted, into the index. A search
-- reads the list through in full, so it is kept short, and the import and the extraction merge it
-- right after they wrote (lib/db/merge-search-pending.ts): after an import it is empty; a person's
-- edits leave at most 32 pages to read, where 466 made searches slow.
ALTER INDEX "search_entry_search_vector_de_idx" SET (fastupdate = on, gin_pending_list_limit = 256);
ALTER INDEX "search_entry_search_vector_en_idx" SET (fastupdate = on, gin_pending_list_limit = 256);
ALTER INDEX "search_entry_search_vector_other_idx" SET (fastupdate = on, gin_pending_list_limit = 256);

-- New claims are indexed by one statement per INSERT, whatever number of rows it carries (a
-- transition table); changes to a claim still follow row by row, as a trigger on listed columns
-- cannot see a transition table. The same rows as `search_index_claim` writes for an insert; no
-- entry can name a claim being inserted (it would have failed its foreign key), so no ON CONFLICT.
CREATE FUNCTION "search_index_new_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "claim_id", "facet_id", "language", "start", "end", "text", "hidden")
    SELECT 'claim', a."event_id", a."id", r."id", n."id", n."facet_id", a."language", n."start", n."end",
           concat_ws(' ', n."quote", n."attribution", n."value_text"), a."deleted_at" IS NOT NULL OR ev."deleted_at" IS NOT NULL
      FROM "new_rows" n
      JOIN "article_revision" r ON r."id" = n."revision_id"
      JOIN "article" a ON a."id" = r."article_id"
      JOIN "event" ev ON ev."id" = a."event_id"
     WHERE n."deleted_at" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "article_revision" later WHERE later."article_id" = r."article_id" AND later."number" > r."number");
    RETURN NULL;
END $$;
DROP TRIGGER "claim_search_index" ON "claim";
CREATE TRIGGER "claim_search_index"
    AFTER UPDATE OF "quote", "attribution", "value_text", "facet_id", "start", "end", "deleted_at", "revision_id" ON "claim"
    FOR EACH ROW EXECUTE FUNCTION "search_index_claim"();
CREATE TRIGGER "claim_search_index_insert"
    AFTER INSERT ON "claim" REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "search_index_new_claims"();

-- A new revision makes the search entries of the earlier ones history and its facets' comparisons
-- stale: once per INSERT as well (a bulk import writes 500 revisions with one). Each facet is
-- bumped once however many of its articles got a revision; any bump makes it stale.
CREATE FUNCTION "search_forget_revisions_before_new"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_entry" e USING "new_rows" n
     WHERE e."article_id" = n."article_id" AND e."revision_id" <> n."id" AND e."kind" IN ('article', 'claim');
    UPDATE "facet_comparison" SET "changes" = "changes" + 1
     WHERE "facet_id" IN (SELECT c."facet_id" FROM "claim" c JOIN "article_revision" r ON r."id" = c."revision_id"
                           JOIN "new_rows" n ON n."article_id" = r."article_id"
                          WHERE c."facet_id" IS NOT NULL);
    RETURN NULL;
END $$;
DROP TRIGGER "article_revision_search_index" ON "article_revision";
DROP TRIGGER "article_revision_facet_comparison" ON "article_revision";
CREATE TRIGGER "article_revision_new"
    AFTER INSERT ON "article_revision" REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "search_forget_revisions_before_new"();
CREATE TRIGGER "article_revision_facet_comparison"
    AFTER DELETE ON "article_revision"
    FOR EACH ROW EXECUTE FUNCTION "facet_comparison_follow_revision"();

-- Regrouping copies moves hundreds of articles into a group with one UPDATE; each bumped the
-- comparisons of its facets with a statement of its own. Once per UPDATE now, for the articles
-- whose publication day, outlet, copy group, language or deletion changed (a trigger with a
-- transition table cannot list columns, so it compares the rows before and after itself).
CREATE FUNCTION "facet_comparison_follow_articles"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "facet_comparison" SET "changes" = "changes" + 1
     WHERE "facet_id" IN (SELECT c."facet_id"
                            FROM "old_rows" o JOIN "new_rows" n ON n."id" = o."id"
                            JOIN "article_revision" r ON r."article_id" = n."id"
                            JOIN "claim" c ON c."revision_id" = r."id"
                           WHERE c."facet_id" IS NOT NULL
                             AND (o."published_at" IS DISTINCT FROM n."published_at" OR o."outlet_id" IS DISTINCT FROM n."outlet_id"
                                  OR o."copy_group_id" IS DISTINCT FROM n."copy_group_id" OR o."language" IS DISTINCT FROM n."language"
                                  OR o."deleted_at" IS DISTINCT FROM n."deleted_at"));
    RETURN NULL;
END $$;
DROP TRIGGER "article_facet_comparison" ON "article";
CREATE TRIGGER "article_facet_comparison"
    AFTER UPDATE ON "article" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "facet_comparison_follow_articles"();
