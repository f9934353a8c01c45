-- No change of schema: the comparer's rules changed (lib/compare: settled figures reported a few days
-- apart are one happening, rates never exceed a whole, a count "of them" is a part), so every stored
-- facet comparison is marked stale and compared again, lazily, the next time a page reads it (see the
-- migration facet_comparison). Stored summaries written before keep parsing: the new options
-- (settled, rate) default to false, as they were compared.
UPDATE "facet_comparison" SET "changes" = "changes" + 1;
