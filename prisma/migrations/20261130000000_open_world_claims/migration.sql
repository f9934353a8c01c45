-- Open-world claims: a figure holds over an interval of days, and an editor's merge of two facets is
-- remembered so that later extractions file the merged facet's claims into the one it was merged into.

-- AlterTable
ALTER TABLE "claim" ADD COLUMN "as_of_to" DATE;
ALTER TABLE "claim" ADD CONSTRAINT "claim_as_of_interval" CHECK ("as_of_to" IS NULL OR ("as_of" IS NOT NULL AND "as_of_to" >= "as_of"));
-- Claims stored before held on one day.
UPDATE "claim" SET "as_of_to" = "as_of" WHERE "as_of" IS NOT NULL;

-- AlterTable
ALTER TABLE "facet" ADD COLUMN "merged_into_id" UUID;
ALTER TABLE "facet" ADD CONSTRAINT "facet_not_merged_into_itself" CHECK ("merged_into_id" IS NULL OR "merged_into_id" <> "id");

-- AddForeignKey
ALTER TABLE "facet" ADD CONSTRAINT "facet_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "facet"("id") ON DELETE SET NULL ON UPDATE CASCADE;
