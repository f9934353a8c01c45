// Verdict ratings and facet states without zod: client components import these (zod's compiled
// parsers need eval, which the Content-Security-Policy forbids in the browser).

/**
 * A fact-checker's rating of a facet, on a fixed scale, or "no contradiction once scope or time
 * is considered". These keys are stable: reports (ClaimReview's ratings among them) rely on them.
 */
export const VERDICT_RATINGS = ["true", "mostly-true", "mixed", "mostly-false", "false", "unverifiable", "no-contradiction"] as const;
export type VerdictRating = (typeof VERDICT_RATINGS)[number];

export const VERDICT_RATING_LABEL: Record<VerdictRating, string> = {
  true: "True",
  "mostly-true": "Mostly true",
  mixed: "Mixed",
  "mostly-false": "Mostly false",
  false: "False",
  unverifiable: "Unverifiable",
  "no-contradiction": "No contradiction once scope or time is considered",
};

/** Where the fact-check of a facet stands. */
export const FACET_STATES = ["open", "in-review", "resolved"] as const;
export type FacetState = (typeof FACET_STATES)[number];

export const FACET_STATE_LABEL: Record<FacetState, string> = { open: "Open", "in-review": "In review", resolved: "Resolved" };
