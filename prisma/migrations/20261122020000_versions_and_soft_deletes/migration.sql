-- The record and concurrent edits: every editable row carries a version that each update bumps
-- (a save names the version it was based on, so an outdated save is refused, never applied), and
-- deletions are soft (`deleted_at`; a facet's is its existing `dismissed_at`) so an editor can
-- undo them from the event's history.

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "article" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "facet" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "annotation" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "verdict" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- A version starts at 1 and only grows.
ALTER TABLE "event" ADD CONSTRAINT "event_version_positive" CHECK ("version" >= 1);
ALTER TABLE "article" ADD CONSTRAINT "article_version_positive" CHECK ("version" >= 1);
ALTER TABLE "facet" ADD CONSTRAINT "facet_version_positive" CHECK ("version" >= 1);
ALTER TABLE "claim" ADD CONSTRAINT "claim_version_positive" CHECK ("version" >= 1);
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_version_positive" CHECK ("version" >= 1);
ALTER TABLE "verdict" ADD CONSTRAINT "verdict_version_positive" CHECK ("version" >= 1);
