// Concept keys (lib/extract/lexicon/concepts.ts) whose figure is fixed once its happening is over:
// how many marched or struck on a day, a budget's sums as one plan states them. Tolls, the missing,
// evacuees, damage and everything not listed move from day to day; so does an election's count,
// which runs from the evening's projection through the provisional to the final result days later.
const SETTLED = new Set(["protesters", "strikers", "budget", "deficit", "debt", "spending", "investment", "revenue"]);

/**
 * True when a subject's figure describes one happening or one decision and stays what it was once
 * that is over (see CompareOptions.settled); false for tolls, counts that move, unknown subjects.
 * Never throws.
 */
export function isSettled(subject: string | null | undefined): boolean {
  return !!subject && SETTLED.has(subject);
}
