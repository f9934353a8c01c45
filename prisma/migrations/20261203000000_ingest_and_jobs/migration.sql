-- Ingest from the UI and background jobs: outlets become editable records (a version, as every
-- editable row has), an article keeps its byline, and bulk imports and extractions are recorded as
-- jobs whose items a PostgreSQL-backed queue (pg-boss, in its own schema "pgboss") hands to workers.

-- AlterTable
ALTER TABLE "outlet" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "outlet" ADD CONSTRAINT "outlet_version_positive" CHECK ("version" >= 1);

-- AlterTable
ALTER TABLE "article" ADD COLUMN     "author" TEXT;

-- CreateEnum
CREATE TYPE "job_kind" AS ENUM ('import', 'extract');
CREATE TYPE "job_item_kind" AS ENUM ('url', 'file', 'text', 'extract');
CREATE TYPE "job_item_status" AS ENUM ('pending', 'done', 'refused', 'failed');

-- CreateTable
CREATE TABLE "job" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "job_kind" NOT NULL,
    "event_id" UUID NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_item" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "job_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "job_item_kind" NOT NULL,
    "source" TEXT NOT NULL,
    "title" TEXT,
    "content" BYTEA,
    "status" "job_item_status" NOT NULL DEFAULT 'pending',
    "outcome" TEXT,
    "article_id" UUID,
    "revision" INTEGER,
    "message" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_item_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "job_item_outcome_known" CHECK ("outcome" IS NULL OR "outcome" IN ('created', 'revised', 'unchanged'))
);

-- CreateIndex
CREATE INDEX "job_event_id_created_at_idx" ON "job"("event_id", "created_at");
CREATE UNIQUE INDEX "job_item_job_id_position_key" ON "job_item"("job_id", "position");
CREATE INDEX "job_item_job_id_status_idx" ON "job_item"("job_id", "status");

-- AddForeignKey
ALTER TABLE "job" ADD CONSTRAINT "job_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "job_item" ADD CONSTRAINT "job_item_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
