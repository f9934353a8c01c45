-- The stage of its count a claim's figure is said to be (lib/claims/schema.ts, figureStatusSchema):
-- 'projection', 'provisional', 'planned' or 'final'; null when the article says nothing of it.
-- Extraction writes it; the comparer reads a projection or a draft against the final result as an
-- update (COMPARER_VERSION 2 makes every stored comparison stale, so none waits for a data migration).
-- Claims extracted before stay null until their article is extracted again.
ALTER TABLE "claim" ADD COLUMN "figure_status" TEXT;
