-- The search entries of new claims (migration 20261210000000_bulk_import_speed) are written by one
-- statement per INSERT of claims, which the planner planned for 25 rows however many came: it
-- knows how many rows the transition table holds, but takes `deleted_at IS NULL` to keep 0.5% of
-- them (it has no statistics on a transition table). For the 5,000 claims of an extraction's
-- statement it then looked up each claim's revision, article, event and later revisions one by one
-- (20,352 claims: 0.45 s, against 0.11 s joined as whole tables, measured at load 12). The same
-- condition written so that the planner takes it to keep half the rows: the same rows as before,
-- nested lookups for an editor's single claim, hash joins for thousands.
CREATE OR REPLACE FUNCTION "search_index_new_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "claim_id", "facet_id", "language", "start", "end", "text", "hidden")
    SELECT 'claim', a."event_id", a."id", r."id", n."id", n."facet_id", a."language", n."start", n."end",
           concat_ws(' ', n."quote", n."attribution", n."value_text"), a."deleted_at" IS NOT NULL OR ev."deleted_at" IS NOT NULL
      FROM "new_rows" n
      JOIN "article_revision" r ON r."id" = n."revision_id"
      JOIN "article" a ON a."id" = r."article_id"
      JOIN "event" ev ON ev."id" = a."event_id"
     WHERE coalesce(n."deleted_at" IS NULL, false)
       AND NOT EXISTS (SELECT 1 FROM "article_revision" later WHERE later."article_id" = r."article_id" AND later."number" > r."number");
    RETURN NULL;
END $$;
