import type { FacetState, VerdictRating } from "./labels";

/** A facet as the event page's fact-check list shows it. */
export type ReviewItem = {
  id: string;
  label: string;
  state: FacetState;
  /** Whether its claims conflict (the comparison's status). */
  disputed: boolean;
  rating: VerdictRating | null;
  assignee: string | null;
};

/** How many facets are in each state of the fact-check, and how many in all. */
export type ReviewProgress = Record<FacetState, number> & { total: number };

/** How many facets stand where in the fact-check. */
export function summarizeProgress(items: readonly Pick<ReviewItem, "state">[]): ReviewProgress {
  const counts = { open: 0, "in-review": 0, resolved: 0, total: items.length };
  for (const item of items) counts[item.state] += 1;
  return counts;
}

const STATE_ORDER: Record<FacetState, number> = { "in-review": 0, open: 1, resolved: 2 };

/** 0: disputed without a verdict; 1: other facets without a verdict that are not resolved; 2: the rest. */
function urgency(item: ReviewItem): number {
  if (item.rating === null && item.disputed) return 0;
  if (item.rating === null && item.state !== "resolved") return 1;
  return 2;
}

/**
 * The order a fact-checker works through an event's facets: disputed facets without a verdict
 * first, then the others still waiting for one, then those with a verdict or resolved; within
 * each, facets in review before open ones, then by name.
 */
export function orderForReview<T extends ReviewItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => urgency(a) - urgency(b) || STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.label.localeCompare(b.label));
}
