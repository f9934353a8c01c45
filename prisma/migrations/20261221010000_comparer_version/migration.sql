-- Which rules computed a stored comparison: lib/compare's COMPARER_VERSION, written with the result.
-- A row whose version is not the running comparer's is stale, like one whose `computed_changes` lags
-- `changes`, and pages compare it again lazily; a change of the rules then needs no data-only
-- migration (as 20261220080000_recompare_settled_figures was). Rows stored before carry null, which
-- is no version: each is compared once more the next time a page reads it.
ALTER TABLE "facet_comparison" ADD COLUMN "comparer_version" INTEGER;
