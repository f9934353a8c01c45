/**
 * The version of the comparer's rules (lib/compare and the subject traits it reads), stored with each
 * facet's comparison (facet_comparison.comparer_version). A stored comparison of another version is
 * stale, just as one whose claims changed since, and is compared again the next time a page reads it.
 * Bump it whenever a change to the rules can change a verdict, a reason or a ranking: stored
 * comparisons are then recomputed lazily, without a data-only migration.
 */
// 2: figures of different stages of one count (a projection, a draft, the final result) are an update.
// 3: a source revising its own count of a settled happening on a later day is no dispute; a region
// named by fewer figures than name no place is a part, not the facet's whole.
// 4: two figures one outlet gives in its own words (neither credited to a source) are a change it reports;
// two sources' figures one report sets against each other, one naming a recent day, are rivals of that day.
// 5: two named sources giving different counts of one vote (turnout, seats, votes; not shares) at one
// stage of the count, neither dated and a few days apart, dispute it.
// 6: the stage of a count is read by extraction only (from the claimant's name too); the comparer no
// longer reads it from the claimant's name.
// 7: one notion of the happening a figure holds for (happening-of.ts); reasons reworded; a vote's
// count whose stage one source leaves unsaid is held to the other's stage.
// 8: two figures of one day at different times of day its words name ("16:20", "by the evening") are
// apart in time: an update, or a count that only grows falling later that day.
// 9: two figures their words call the final result, a few days apart, hold for that result, whatever
// the day each was printed.
export const COMPARER_VERSION = 9;
