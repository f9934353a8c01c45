-- Compare once, read many times: each facet's comparison (lib/compare, compareStoredFacet) is stored
-- here and read by the event overview and the facet view, instead of comparing every pair of claims
-- on every request. `changes` counts the changes to what the comparison depends on (its claims, their
-- articles and outlets, the facet itself); the triggers below bump it whatever code writes. A stored
-- result is current while `computed_changes` = `changes`. Pages recompute a stale facet lazily and
-- store the result only if `changes` is still the value they read before reading the claims
-- (compare-and-set), so a result computed from older claims never overwrites a newer change.
CREATE TABLE "facet_comparison" (
    "facet_id" UUID NOT NULL,
    "changes" BIGINT NOT NULL DEFAULT 1,
    "computed_changes" BIGINT,
    "computed_at" TIMESTAMPTZ(3),
    -- 'agreed' | 'disputed' | 'single-source'; null until computed or when no claim is compared.
    "status" TEXT,
    "claim_count" INTEGER NOT NULL DEFAULT 0,
    -- lib/compare/stored-comparison-schema.ts: whole place, options, claim order, standings, voices.
    "summary" JSONB,
    -- The conflicting pairs, ranked (ids and scores; reasons are written for what is shown).
    "ranked" JSONB,

    CONSTRAINT "facet_comparison_pkey" PRIMARY KEY ("facet_id")
);

-- The contradictions of one facet grouped by pair of voices (lib/compare/group-contradictions.ts),
-- one row each, so the overview reads the strongest few of an event without reading the rest.
CREATE TABLE "facet_contradiction" (
    "id" BIGSERIAL NOT NULL,
    "facet_id" UUID NOT NULL,
    -- Its place in the facet's own ranking (ties across facets keep facet order, then this).
    "position" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "independent" BOOLEAN NOT NULL,
    "claimants" TEXT[] NOT NULL,
    "side_a" UUID[] NOT NULL,
    "side_b" UUID[] NOT NULL,
    "top_a" UUID NOT NULL,
    "top_b" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "pair_count" INTEGER NOT NULL,

    CONSTRAINT "facet_contradiction_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "facet_contradiction_facet_id_idx" ON "facet_contradiction"("facet_id");
CREATE INDEX "facet_contradiction_score_idx" ON "facet_contradiction"("score" DESC);

ALTER TABLE "facet_comparison" ADD CONSTRAINT "facet_comparison_facet_id_fkey" FOREIGN KEY ("facet_id") REFERENCES "facet"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "facet_contradiction" ADD CONSTRAINT "facet_contradiction_facet_id_fkey" FOREIGN KEY ("facet_id") REFERENCES "facet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Marks facets stale. An UPDATE, not an upsert: a facet being deleted has no row left to bump, and
-- a facet without a row counts as stale anyway.
CREATE FUNCTION "facet_comparison_bump"("facet_ids" UUID[]) RETURNS void LANGUAGE sql AS $$
    UPDATE "facet_comparison" SET "changes" = "changes" + 1 WHERE "facet_id" = ANY ("facet_ids");
$$;

-- The facets whose claims sit on an article's revisions.
CREATE FUNCTION "facet_comparison_bump_article"("article" UUID) RETURNS void LANGUAGE sql AS $$
    UPDATE "facet_comparison" SET "changes" = "changes" + 1
     WHERE "facet_id" IN (SELECT c."facet_id" FROM "claim" c JOIN "article_revision" r ON r."id" = c."revision_id"
                           WHERE r."article_id" = "article" AND c."facet_id" IS NOT NULL);
$$;

-- A claim added, changed (value, status, a correction, a move to another facet), soft-deleted or
-- deleted: its facet, and the one it left. Per statement, so a bulk insert bumps each facet once.
CREATE FUNCTION "facet_comparison_follow_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE "facet_comparison" SET "changes" = "changes" + 1 WHERE "facet_id" IN (SELECT "facet_id" FROM "new_rows");
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "facet_comparison" SET "changes" = "changes" + 1 WHERE "facet_id" IN (SELECT "facet_id" FROM "old_rows");
    ELSE
        UPDATE "facet_comparison" SET "changes" = "changes" + 1
         WHERE "facet_id" IN (SELECT "facet_id" FROM "new_rows" UNION SELECT "facet_id" FROM "old_rows");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "claim_facet_comparison_insert"
    AFTER INSERT ON "claim" REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "facet_comparison_follow_claims"();
CREATE TRIGGER "claim_facet_comparison_update"
    AFTER UPDATE ON "claim" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "facet_comparison_follow_claims"();
CREATE TRIGGER "claim_facet_comparison_delete"
    AFTER DELETE ON "claim" REFERENCING OLD TABLE AS "old_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "facet_comparison_follow_claims"();

-- A new facet gets its (stale) row; a facet whose key, kind, unit or dismissal changes is stale.
CREATE FUNCTION "facet_comparison_follow_facet"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "facet_comparison" ("facet_id") VALUES (NEW."id") ON CONFLICT ("facet_id") DO NOTHING;
    ELSE
        PERFORM "facet_comparison_bump"(ARRAY[NEW."id"]);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "facet_facet_comparison"
    AFTER INSERT ON "facet"
    FOR EACH ROW EXECUTE FUNCTION "facet_comparison_follow_facet"();
CREATE TRIGGER "facet_facet_comparison_update"
    AFTER UPDATE OF "key", "kind", "unit", "dismissed_at" ON "facet"
    FOR EACH ROW WHEN (OLD."key" IS DISTINCT FROM NEW."key" OR OLD."kind" IS DISTINCT FROM NEW."kind"
                       OR OLD."unit" IS DISTINCT FROM NEW."unit" OR OLD."dismissed_at" IS DISTINCT FROM NEW."dismissed_at")
    EXECUTE FUNCTION "facet_comparison_follow_facet"();

-- An article's publication day, outlet, copy group, language or deletion changes how its claims compare.
CREATE FUNCTION "facet_comparison_follow_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "facet_comparison_bump_article"(NEW."id");
    RETURN NULL;
END $$;
CREATE TRIGGER "article_facet_comparison"
    AFTER UPDATE OF "published_at", "outlet_id", "copy_group_id", "language", "deleted_at" ON "article"
    FOR EACH ROW WHEN (OLD."published_at" IS DISTINCT FROM NEW."published_at" OR OLD."outlet_id" IS DISTINCT FROM NEW."outlet_id"
                       OR OLD."copy_group_id" IS DISTINCT FROM NEW."copy_group_id" OR OLD."language" IS DISTINCT FROM NEW."language"
                       OR OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at")
    EXECUTE FUNCTION "facet_comparison_follow_article"();

-- A new revision makes the claims of the earlier ones history (only the latest is compared);
-- a revision removed makes the one before it the latest again.
CREATE FUNCTION "facet_comparison_follow_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "facet_comparison_bump_article"(CASE WHEN TG_OP = 'DELETE' THEN OLD."article_id" ELSE NEW."article_id" END);
    RETURN NULL;
END $$;
CREATE TRIGGER "article_revision_facet_comparison"
    AFTER INSERT OR DELETE ON "article_revision"
    FOR EACH ROW EXECUTE FUNCTION "facet_comparison_follow_revision"();

-- An outlet renamed: its name is who speaks in its articles' own reporting.
CREATE FUNCTION "facet_comparison_follow_outlet"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "facet_comparison" SET "changes" = "changes" + 1
     WHERE "facet_id" IN (SELECT c."facet_id" FROM "claim" c JOIN "article_revision" r ON r."id" = c."revision_id"
                            JOIN "article" a ON a."id" = r."article_id"
                           WHERE a."outlet_id" = NEW."id" AND c."facet_id" IS NOT NULL);
    RETURN NULL;
END $$;
CREATE TRIGGER "outlet_facet_comparison"
    AFTER UPDATE OF "name" ON "outlet"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
    EXECUTE FUNCTION "facet_comparison_follow_outlet"();

-- The facets already stored start stale; the first page that shows one compares it.
INSERT INTO "facet_comparison" ("facet_id") SELECT "id" FROM "facet";
