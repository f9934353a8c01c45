-- Claimdiff: the first data model. Hand-written in the layout `prisma migrate` uses, applied by
-- `npm run db:migrate`. Check constraints and triggers go beyond what schema.prisma can say.

-- CreateEnum
CREATE TYPE "value_kind" AS ENUM ('quantity', 'date', 'entity', 'text');
CREATE TYPE "certainty" AS ENUM ('stated', 'reported', 'hedged', 'denied');
CREATE TYPE "claim_origin" AS ENUM ('machine', 'human');
CREATE TYPE "review_status" AS ENUM ('proposed', 'confirmed', 'rejected');
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'year');
CREATE TYPE "audit_action" AS ENUM ('create', 'update', 'delete', 'restore');

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 80),
    CONSTRAINT "event_title_present" CHECK (length(btrim("title")) > 0)
);

CREATE TABLE "outlet" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "country" TEXT,
    "language" TEXT,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "outlet_name_present" CHECK (length(btrim("name")) > 0)
);

CREATE TABLE "article" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "outlet_id" UUID,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "published_at" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "article_title_present" CHECK (length(btrim("title")) > 0),
    CONSTRAINT "article_language_code" CHECK ("language" ~ '^[a-z]{2}$')
);

CREATE TABLE "article_revision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_revision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "article_revision_number_positive" CHECK ("number" >= 1),
    CONSTRAINT "article_revision_text_present" CHECK (length("text") > 0),
    CONSTRAINT "article_revision_hash_sha256" CHECK ("content_hash" ~ '^[0-9a-f]{64}$')
);

CREATE TABLE "facet" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "key" TEXT,
    "label" TEXT NOT NULL,
    "kind" "value_kind" NOT NULL,
    "unit" TEXT,
    "description" TEXT,
    "origin" "claim_origin" NOT NULL DEFAULT 'machine',
    "dismissed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "facet_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "facet_label_present" CHECK (length(btrim("label")) > 0)
);

CREATE TABLE "claim" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "revision_id" UUID NOT NULL,
    "facet_id" UUID,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "value_kind" "value_kind" NOT NULL,
    "min_value" DECIMAL,
    "max_value" DECIMAL,
    "min_inclusive" BOOLEAN,
    "max_inclusive" BOOLEAN,
    "unit" TEXT,
    "date_from" DATE,
    "date_to" DATE,
    "date_precision" "date_precision",
    "value_text" TEXT,
    "scope" TEXT,
    "counted" TEXT,
    "as_of" DATE,
    "attribution" TEXT,
    "certainty" "certainty" NOT NULL DEFAULT 'stated',
    "origin" "claim_origin" NOT NULL,
    "status" "review_status" NOT NULL DEFAULT 'proposed',
    "rule" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id"),
    -- Offsets are UTF-16 code units (JavaScript string indices), so only their order is checked here.
    CONSTRAINT "claim_offsets" CHECK ("start" >= 0 AND "end" > "start"),
    CONSTRAINT "claim_quote_present" CHECK (length("quote") > 0),
    -- Exactly the columns of the claim's value kind are set; an open quantity bound is NULL.
    CONSTRAINT "claim_value_shape" CHECK (
        CASE "value_kind"
            WHEN 'quantity' THEN
                ("min_value" IS NOT NULL OR "max_value" IS NOT NULL)
                AND "min_inclusive" IS NOT NULL AND "max_inclusive" IS NOT NULL
                AND ("min_value" IS NULL OR "max_value" IS NULL OR "min_value" <= "max_value")
                AND "date_from" IS NULL AND "date_to" IS NULL AND "date_precision" IS NULL
                AND "value_text" IS NULL
            WHEN 'date' THEN
                "date_from" IS NOT NULL AND "date_to" IS NOT NULL AND "date_precision" IS NOT NULL
                AND "date_from" <= "date_to"
                AND "min_value" IS NULL AND "max_value" IS NULL AND "value_text" IS NULL
            ELSE
                "value_text" IS NOT NULL AND length(btrim("value_text")) > 0
                AND "min_value" IS NULL AND "max_value" IS NULL
                AND "date_from" IS NULL AND "date_to" IS NULL
        END
    )
);

CREATE TABLE "annotation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "revision_id" UUID NOT NULL,
    "claim_id" UUID,
    "facet_id" UUID,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "annotation_offsets" CHECK ("start" >= 0 AND "end" > "start"),
    CONSTRAINT "annotation_exact_present" CHECK (length("exact") > 0)
);

CREATE TABLE "verdict" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "facet_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verdict_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "verdict_text_present" CHECK (length(btrim("text")) > 0)
);

CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" "audit_action" NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "event_id" UUID,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_slug_key" ON "event"("slug");
CREATE UNIQUE INDEX "outlet_name_key" ON "outlet"("name");
CREATE UNIQUE INDEX "outlet_domain_key" ON "outlet"("domain");
CREATE INDEX "article_event_id_published_at_idx" ON "article"("event_id", "published_at");
CREATE INDEX "article_outlet_id_idx" ON "article"("outlet_id");
CREATE UNIQUE INDEX "article_event_id_url_key" ON "article"("event_id", "url");
CREATE INDEX "article_revision_content_hash_idx" ON "article_revision"("content_hash");
CREATE UNIQUE INDEX "article_revision_article_id_number_key" ON "article_revision"("article_id", "number");
CREATE INDEX "facet_event_id_idx" ON "facet"("event_id");
CREATE UNIQUE INDEX "facet_event_id_key_key" ON "facet"("event_id", "key");
CREATE INDEX "claim_facet_id_idx" ON "claim"("facet_id");
CREATE INDEX "claim_revision_id_start_idx" ON "claim"("revision_id", "start");
CREATE INDEX "annotation_revision_id_idx" ON "annotation"("revision_id");
CREATE INDEX "annotation_claim_id_idx" ON "annotation"("claim_id");
CREATE INDEX "verdict_facet_id_idx" ON "verdict"("facet_id");
CREATE INDEX "audit_event_event_id_at_idx" ON "audit_event"("event_id", "at");
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article" ADD CONSTRAINT "article_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "article_revision" ADD CONSTRAINT "article_revision_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "facet" ADD CONSTRAINT "facet_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim" ADD CONSTRAINT "claim_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "article_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim" ADD CONSTRAINT "claim_facet_id_fkey" FOREIGN KEY ("facet_id") REFERENCES "facet"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "article_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_facet_id_fkey" FOREIGN KEY ("facet_id") REFERENCES "facet"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "verdict" ADD CONSTRAINT "verdict_facet_id_fkey" FOREIGN KEY ("facet_id") REFERENCES "facet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A revision's text is what was published at import time; correcting it means a new revision.
CREATE FUNCTION "refuse_revision_text_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."text" IS DISTINCT FROM OLD."text" OR NEW."content_hash" IS DISTINCT FROM OLD."content_hash" THEN
        RAISE EXCEPTION 'article revisions are immutable: import the changed text as a new revision'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER "article_revision_immutable" BEFORE UPDATE ON "article_revision"
    FOR EACH ROW EXECUTE FUNCTION "refuse_revision_text_change"();

-- The audit log is append-only.
CREATE FUNCTION "refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event"
    FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();
