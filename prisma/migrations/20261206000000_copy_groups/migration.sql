-- Copies are not independent sources: articles of one event that carry one text (agency copy run
-- by several outlets, light rewrites of one source) form a copy group, and comparison counts the
-- group as one voice. Groups are recomputed from MinHash fingerprints of the texts whenever an
-- article comes in; an editor's split or join is kept as a copy decision that the machine obeys.

-- CreateTable
CREATE TABLE "copy_group" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "copy_group_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "copy_group_version_positive" CHECK ("version" >= 1)
);

-- One row per pair of articles an editor decided on; `article_id` < `other_id`, so a pair has one row.
CREATE TABLE "copy_decision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "other_id" UUID NOT NULL,
    "copies" BOOLEAN NOT NULL,
    "decided_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "copy_decision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "copy_decision_pair_ordered" CHECK ("article_id" < "other_id"),
    CONSTRAINT "copy_decision_version_positive" CHECK ("version" >= 1)
);

-- A revision's text never changes, so neither does its fingerprint.
CREATE TABLE "copy_fingerprint" (
    "revision_id" UUID NOT NULL,
    "shingles" INTEGER NOT NULL,
    "signature" INTEGER[] NOT NULL,

    CONSTRAINT "copy_fingerprint_pkey" PRIMARY KEY ("revision_id"),
    CONSTRAINT "copy_fingerprint_shingles_nonnegative" CHECK ("shingles" >= 0)
);

-- AlterTable
ALTER TABLE "article" ADD COLUMN "copy_group_id" UUID;

-- CreateIndex
CREATE INDEX "copy_group_event_id_idx" ON "copy_group"("event_id");
CREATE UNIQUE INDEX "copy_decision_article_id_other_id_key" ON "copy_decision"("article_id", "other_id");
CREATE INDEX "copy_decision_event_id_idx" ON "copy_decision"("event_id");
CREATE INDEX "copy_decision_other_id_idx" ON "copy_decision"("other_id");
CREATE INDEX "article_copy_group_id_idx" ON "article"("copy_group_id");

-- AddForeignKey
ALTER TABLE "copy_group" ADD CONSTRAINT "copy_group_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "copy_decision" ADD CONSTRAINT "copy_decision_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "copy_decision" ADD CONSTRAINT "copy_decision_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "copy_decision" ADD CONSTRAINT "copy_decision_other_id_fkey" FOREIGN KEY ("other_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "copy_fingerprint" ADD CONSTRAINT "copy_fingerprint_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "article_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "article" ADD CONSTRAINT "article_copy_group_id_fkey" FOREIGN KEY ("copy_group_id") REFERENCES "copy_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;
