-- Most search entries are an article's paragraphs, which name no claim, note or facet: 26,000 of
-- the 46,000 entries of 2,000 imported articles. The indexes on those three columns held a NULL for
-- each of them, written with every paragraph the import stores and read by no query (the search,
-- the triggers and the foreign keys' cascades look entries up by a claim, note or facet, never by
-- its absence). They now index only the entries that name one, which spares the import three index
-- insertions per paragraph and the extraction one per claim (the note's).
DROP INDEX "search_entry_claim_id_key";
CREATE UNIQUE INDEX "search_entry_claim_id_key" ON "search_entry"("claim_id") WHERE "claim_id" IS NOT NULL;
DROP INDEX "search_entry_annotation_id_key";
CREATE UNIQUE INDEX "search_entry_annotation_id_key" ON "search_entry"("annotation_id") WHERE "annotation_id" IS NOT NULL;
DROP INDEX "search_entry_facet_id_idx";
CREATE INDEX "search_entry_facet_id_idx" ON "search_entry"("facet_id") WHERE "facet_id" IS NOT NULL;

-- ON CONFLICT finds a partial unique index only when it repeats the index's condition: the two
-- row triggers of migration 20261206010000_search, unchanged but for that.
CREATE OR REPLACE FUNCTION "search_index_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."deleted_at" IS NOT NULL THEN
        DELETE FROM "search_entry" WHERE "claim_id" = NEW."id";
        RETURN NULL;
    END IF;
    INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "claim_id", "facet_id", "language", "start", "end", "text", "hidden")
    SELECT 'claim', a."event_id", a."id", r."id", NEW."id", NEW."facet_id", a."language", NEW."start", NEW."end",
           concat_ws(' ', NEW."quote", NEW."attribution", NEW."value_text"), a."deleted_at" IS NOT NULL OR ev."deleted_at" IS NOT NULL
      FROM "article_revision" r JOIN "article" a ON a."id" = r."article_id" JOIN "event" ev ON ev."id" = a."event_id"
     WHERE r."id" = NEW."revision_id"
       AND NOT EXISTS (SELECT 1 FROM "article_revision" later WHERE later."article_id" = r."article_id" AND later."number" > r."number")
    ON CONFLICT ("claim_id") WHERE "claim_id" IS NOT NULL DO UPDATE
        SET "facet_id" = EXCLUDED."facet_id", "start" = EXCLUDED."start", "end" = EXCLUDED."end", "text" = EXCLUDED."text";
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "search_index_annotation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."deleted_at" IS NOT NULL THEN
        DELETE FROM "search_entry" WHERE "annotation_id" = NEW."id";
        RETURN NULL;
    END IF;
    INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "annotation_id", "facet_id", "language", "start", "end", "text", "hidden")
    SELECT 'note', a."event_id", a."id", r."id", NEW."id",
           COALESCE(NEW."facet_id", (SELECT c."facet_id" FROM "claim" c WHERE c."id" = NEW."claim_id")),
           a."language", NEW."start", NEW."end",
           concat_ws(' ', NEW."exact", NEW."body", array_to_string(NEW."tags", ' ')), a."deleted_at" IS NOT NULL OR ev."deleted_at" IS NOT NULL
      FROM "article_revision" r JOIN "article" a ON a."id" = r."article_id" JOIN "event" ev ON ev."id" = a."event_id"
     WHERE r."id" = NEW."revision_id"
    ON CONFLICT ("annotation_id") WHERE "annotation_id" IS NOT NULL DO UPDATE
        SET "revision_id" = EXCLUDED."revision_id", "facet_id" = EXCLUDED."facet_id", "start" = EXCLUDED."start",
            "end" = EXCLUDED."end", "text" = EXCLUDED."text";
    RETURN NULL;
END $$;
