-- Annotations, corrections, verdicts and the fact-check workflow (issue 9):
-- notes carry a stance, an author, replies, a resolved mark and how they were re-anchored when
-- their article changed; claims keep the machine's reading beside a person's correction; facets
-- have a state and an assignee; a verdict has a rating on a fixed scale and its evidence.

-- AlterTable
ALTER TABLE "facet" ADD COLUMN     "state" TEXT NOT NULL DEFAULT 'open',
ADD COLUMN     "assignee_id" TEXT;
ALTER TABLE "facet" ADD CONSTRAINT "facet_state_known" CHECK ("state" IN ('open', 'in-review', 'resolved'));

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "read_by_machine" JSONB,
ADD COLUMN     "corrected_at" TIMESTAMPTZ(3),
ADD COLUMN     "anchor_state" TEXT NOT NULL DEFAULT 'anchored',
ADD COLUMN     "anchor_score" DOUBLE PRECISION,
ADD COLUMN     "moved_from" JSONB;
ALTER TABLE "claim" ADD CONSTRAINT "claim_anchor_state_known" CHECK ("anchor_state" IN ('anchored', 'moved', 'orphaned'));
ALTER TABLE "claim" ADD CONSTRAINT "claim_anchor_score_range" CHECK ("anchor_score" IS NULL OR ("anchor_score" >= 0 AND "anchor_score" <= 1));

-- AlterTable: existing notes (none were ever written by the app) get an empty byline.
ALTER TABLE "annotation" ADD COLUMN     "stance" TEXT,
ADD COLUMN     "author_id" TEXT,
ADD COLUMN     "author_name" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "resolved_at" TIMESTAMPTZ(3),
ADD COLUMN     "anchor_state" TEXT NOT NULL DEFAULT 'anchored',
ADD COLUMN     "anchor_score" DOUBLE PRECISION,
ADD COLUMN     "moved_from" JSONB;
ALTER TABLE "annotation" ALTER COLUMN "author_name" DROP DEFAULT;
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_stance_known" CHECK ("stance" IS NULL OR "stance" IN ('supports', 'contradicts', 'context'));
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_anchor_state_known" CHECK ("anchor_state" IN ('anchored', 'moved', 'orphaned'));
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_anchor_score_range" CHECK ("anchor_score" IS NULL OR ("anchor_score" >= 0 AND "anchor_score" <= 1));
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_body_present" CHECK (length(btrim("body")) > 0);

-- AlterTable: the verdict's text is its explanation; existing verdicts (none were ever written by
-- the app) are rated unverifiable rather than guessed.
ALTER TABLE "verdict" RENAME COLUMN "text" TO "explanation";
ALTER TABLE "verdict" RENAME CONSTRAINT "verdict_text_present" TO "verdict_explanation_present";
ALTER TABLE "verdict" ADD COLUMN     "rating" TEXT NOT NULL DEFAULT 'unverifiable',
ADD COLUMN     "author_id" TEXT,
ADD COLUMN     "author_name" TEXT NOT NULL DEFAULT '';
ALTER TABLE "verdict" ALTER COLUMN "rating" DROP DEFAULT;
ALTER TABLE "verdict" ALTER COLUMN "author_name" DROP DEFAULT;
ALTER TABLE "verdict" ADD CONSTRAINT "verdict_rating_known" CHECK ("rating" IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unverifiable', 'no-contradiction'));

-- CreateTable
CREATE TABLE "annotation_reply" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "annotation_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" TEXT,
    "author_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_reply_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "annotation_reply_body_present" CHECK (length(btrim("body")) > 0)
);

-- CreateTable
CREATE TABLE "verdict_evidence" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "verdict_id" UUID NOT NULL,
    "claim_id" UUID,
    "annotation_id" UUID,

    CONSTRAINT "verdict_evidence_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "verdict_evidence_one_kind" CHECK (("claim_id" IS NULL) <> ("annotation_id" IS NULL))
);

-- CreateIndex
CREATE INDEX "facet_assignee_id_idx" ON "facet"("assignee_id");
CREATE INDEX "annotation_facet_id_idx" ON "annotation"("facet_id");
CREATE INDEX "annotation_author_id_idx" ON "annotation"("author_id");
CREATE INDEX "annotation_reply_annotation_id_created_at_idx" ON "annotation_reply"("annotation_id", "created_at");
CREATE INDEX "annotation_reply_author_id_idx" ON "annotation_reply"("author_id");
CREATE INDEX "verdict_author_id_idx" ON "verdict"("author_id");
CREATE UNIQUE INDEX "verdict_evidence_verdict_id_claim_id_key" ON "verdict_evidence"("verdict_id", "claim_id");
CREATE UNIQUE INDEX "verdict_evidence_verdict_id_annotation_id_key" ON "verdict_evidence"("verdict_id", "annotation_id");
CREATE INDEX "verdict_evidence_claim_id_idx" ON "verdict_evidence"("claim_id");
CREATE INDEX "verdict_evidence_annotation_id_idx" ON "verdict_evidence"("annotation_id");

-- AddForeignKey
ALTER TABLE "facet" ADD CONSTRAINT "facet_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "annotation_reply" ADD CONSTRAINT "annotation_reply_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "annotation_reply" ADD CONSTRAINT "annotation_reply_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "verdict" ADD CONSTRAINT "verdict_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "verdict_evidence" ADD CONSTRAINT "verdict_evidence_verdict_id_fkey" FOREIGN KEY ("verdict_id") REFERENCES "verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "verdict_evidence" ADD CONSTRAINT "verdict_evidence_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "verdict_evidence" ADD CONSTRAINT "verdict_evidence_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
