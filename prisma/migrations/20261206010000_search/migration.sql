-- One search over articles, claims and notes: PostgreSQL full-text search with each article's
-- language (German and English stemming, `simple` otherwise), accents ignored (`unaccent`), and
-- trigram similarity (`pg_trgm`) to find names despite a misspelling. Both extensions ship with
-- PostgreSQL's contrib package (Debian's postgresql-15 and the embedded-postgres binaries have them)
-- and are "trusted", so a database owner without superuser rights may create them.
CREATE EXTENSION IF NOT EXISTS "unaccent" WITH SCHEMA "public";
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";

-- Text search configurations that drop accents before stemming, so "Außenministerin" is found by
-- "aussenministerin" and "Übergriffe" by "ubergriffe", and ts_headline marks the words as written.
CREATE TEXT SEARCH CONFIGURATION "public"."claimdiff_german" (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION "public"."claimdiff_german"
    ALTER MAPPING FOR hword, hword_part, word WITH "public"."unaccent", german_stem;
CREATE TEXT SEARCH CONFIGURATION "public"."claimdiff_english" (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION "public"."claimdiff_english"
    ALTER MAPPING FOR hword, hword_part, word WITH "public"."unaccent", english_stem;
CREATE TEXT SEARCH CONFIGURATION "public"."claimdiff_simple" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION "public"."claimdiff_simple"
    ALTER MAPPING FOR hword, hword_part, word WITH "public"."unaccent", simple;

-- The configuration of an article language (lib/search/search-config.ts says the same in TypeScript).
-- IMMUTABLE so the generated column below may call it; the SQL-standard body binds the three
-- configurations when this function is created, not through search_path when it runs.
CREATE FUNCTION "claimdiff_search_config"("language" TEXT) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE "language"
        WHEN 'de' THEN 'public.claimdiff_german'::regconfig
        WHEN 'en' THEN 'public.claimdiff_english'::regconfig
        ELSE 'public.claimdiff_simple'::regconfig
    END;

-- The text search query of one configuration for a query and its spelling variants (websearch
-- syntax: quotes, `or`, `-`), any of which may match. Empty when every word is a stop word.
CREATE FUNCTION "claimdiff_search_query"("config" regconfig, "queries" TEXT[]) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    "result" tsquery := ''::tsquery;
    "one" TEXT;
BEGIN
    FOREACH "one" IN ARRAY "queries" LOOP
        "result" := "result" || websearch_to_tsquery("config", "one");
    END LOOP;
    RETURN "result";
END $$;

-- CreateEnum
CREATE TYPE "search_kind" AS ENUM ('article', 'claim', 'note');

-- What the search box finds: a paragraph of an article's latest revision (written by the import,
-- lib/db/index-event-texts.ts), a claim on a latest revision, or a note; each with the place in its
-- revision that the reader scrolls to. Claims and notes are kept in step by the triggers below,
-- whichever code writes them. `event_id`, `article_id` and `language` repeat the article's, and
-- `hidden` says whether its article or event is deleted, so that a search reads no other table
-- before it has its best matches.
CREATE TABLE "search_entry" (
    "id" BIGSERIAL NOT NULL,
    "kind" "search_kind" NOT NULL,
    "event_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "claim_id" UUID,
    "annotation_id" UUID,
    "facet_id" UUID,
    "language" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector("claimdiff_search_config"("language"), "text")) STORED,

    CONSTRAINT "search_entry_pkey" PRIMARY KEY ("id"),
    -- UTF-16 offsets into the revision text, as everywhere.
    CONSTRAINT "search_entry_offsets" CHECK ("start" >= 0 AND "end" >= "start"),
    CONSTRAINT "search_entry_kind_source" CHECK (
        CASE "kind"
            WHEN 'claim' THEN "claim_id" IS NOT NULL AND "annotation_id" IS NULL
            WHEN 'note' THEN "annotation_id" IS NOT NULL AND "claim_id" IS NULL
            ELSE "claim_id" IS NULL AND "annotation_id" IS NULL
        END
    )
);

-- Every word of the articles once (lowercase, accents dropped): a query word found nowhere is
-- looked up here by trigram similarity, and the closest words are searched for as well.
CREATE TABLE "search_term" (
    "term" TEXT NOT NULL,

    CONSTRAINT "search_term_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "search_entry_search_vector_idx" ON "search_entry" USING GIN ("search_vector");
CREATE INDEX "search_entry_event_id_idx" ON "search_entry"("event_id");
CREATE INDEX "search_entry_article_id_idx" ON "search_entry"("article_id");
CREATE INDEX "search_entry_revision_id_idx" ON "search_entry"("revision_id");
CREATE INDEX "search_entry_facet_id_idx" ON "search_entry"("facet_id");
CREATE UNIQUE INDEX "search_entry_claim_id_key" ON "search_entry"("claim_id");
CREATE UNIQUE INDEX "search_entry_annotation_id_key" ON "search_entry"("annotation_id");
CREATE INDEX "search_term_term_idx" ON "search_term" USING GIN ("term" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "search_entry" ADD CONSTRAINT "search_entry_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "article_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "search_entry" ADD CONSTRAINT "search_entry_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "search_entry" ADD CONSTRAINT "search_entry_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A claim is searchable while it is not deleted and sits on its article's latest revision (claims
-- on earlier revisions are history). Its text: the quote, who said it, and a text value.
CREATE FUNCTION "search_index_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    ON CONFLICT ("claim_id") DO UPDATE
        SET "facet_id" = EXCLUDED."facet_id", "start" = EXCLUDED."start", "end" = EXCLUDED."end", "text" = EXCLUDED."text";
    RETURN NULL;
END $$;
CREATE TRIGGER "claim_search_index"
    AFTER INSERT OR UPDATE OF "quote", "attribution", "value_text", "facet_id", "start", "end", "deleted_at", "revision_id" ON "claim"
    FOR EACH ROW EXECUTE FUNCTION "search_index_claim"();

-- A note is searchable while it is not deleted, on whatever revision it is anchored to. Its text:
-- the passage it marks, the note itself and its tags; its facet, or its claim's.
CREATE FUNCTION "search_index_annotation"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    ON CONFLICT ("annotation_id") DO UPDATE
        SET "revision_id" = EXCLUDED."revision_id", "facet_id" = EXCLUDED."facet_id", "start" = EXCLUDED."start",
            "end" = EXCLUDED."end", "text" = EXCLUDED."text";
    RETURN NULL;
END $$;
CREATE TRIGGER "annotation_search_index"
    AFTER INSERT OR UPDATE OF "exact", "body", "tags", "facet_id", "claim_id", "start", "end", "deleted_at", "revision_id" ON "annotation"
    FOR EACH ROW EXECUTE FUNCTION "search_index_annotation"();

-- A new revision makes the paragraphs and claims of the earlier ones history; notes stay findable.
CREATE FUNCTION "search_forget_earlier_revisions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_entry"
     WHERE "article_id" = NEW."article_id" AND "revision_id" <> NEW."id" AND "kind" IN ('article', 'claim');
    RETURN NULL;
END $$;
CREATE TRIGGER "article_revision_search_index"
    AFTER INSERT ON "article_revision"
    FOR EACH ROW EXECUTE FUNCTION "search_forget_earlier_revisions"();

-- A corrected language changes the stemming of everything the article holds; a deleted article
-- (or event) hides it, and undoing the deletion shows it again.
CREATE FUNCTION "search_follow_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "search_entry"
       SET "language" = NEW."language", "event_id" = NEW."event_id",
           "hidden" = NEW."deleted_at" IS NOT NULL OR EXISTS (SELECT 1 FROM "event" ev WHERE ev."id" = NEW."event_id" AND ev."deleted_at" IS NOT NULL)
     WHERE "article_id" = NEW."id";
    RETURN NULL;
END $$;
CREATE TRIGGER "article_search_index"
    AFTER UPDATE OF "language", "event_id", "deleted_at" ON "article"
    FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language" OR OLD."event_id" IS DISTINCT FROM NEW."event_id"
                       OR (OLD."deleted_at" IS NULL) <> (NEW."deleted_at" IS NULL))
    EXECUTE FUNCTION "search_follow_article"();
CREATE FUNCTION "search_follow_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "search_entry" e SET "hidden" = NEW."deleted_at" IS NOT NULL OR a."deleted_at" IS NOT NULL
      FROM "article" a
     WHERE a."id" = e."article_id" AND e."event_id" = NEW."id";
    RETURN NULL;
END $$;
CREATE TRIGGER "event_search_index"
    AFTER UPDATE OF "deleted_at" ON "event"
    FOR EACH ROW WHEN ((OLD."deleted_at" IS NULL) <> (NEW."deleted_at" IS NULL))
    EXECUTE FUNCTION "search_follow_event"();

-- The claims and notes already stored; paragraphs are written by `npm run cli -- reindex` (and
-- `npm start`), which split the texts as the reader does.
INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "claim_id", "facet_id", "language", "start", "end", "text", "hidden")
SELECT 'claim', a."event_id", a."id", r."id", c."id", c."facet_id", a."language", c."start", c."end",
       concat_ws(' ', c."quote", c."attribution", c."value_text"), a."deleted_at" IS NOT NULL OR ev."deleted_at" IS NOT NULL
  FROM "claim" c
  JOIN "article_revision" r ON r."id" = c."revision_id"
  JOIN "article" a ON a."id" = r."article_id"
  JOIN "event" ev ON ev."id" = a."event_id"
 WHERE c."deleted_at" IS NULL
   AND NOT EXISTS (SELECT 1 FROM "article_revision" later WHERE later."article_id" = r."article_id" AND later."number" > r."number");
INSERT INTO "search_entry" ("kind", "event_id", "article_id", "revision_id", "annotation_id", "facet_id", "language", "start", "end", "text", "hidden")
SELECT 'note', a."event_id", a."id", r."id", n."id", COALESCE(n."facet_id", c."facet_id"), a."language", n."start", n."end",
       concat_ws(' ', n."exact", n."body", array_to_string(n."tags", ' ')), a."deleted_at" IS NOT NULL OR ev."deleted_at" IS NOT NULL
  FROM "annotation" n
  JOIN "article_revision" r ON r."id" = n."revision_id"
  JOIN "article" a ON a."id" = r."article_id"
  JOIN "event" ev ON ev."id" = a."event_id"
  LEFT JOIN "claim" c ON c."id" = n."claim_id"
 WHERE n."deleted_at" IS NULL;
