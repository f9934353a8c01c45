import { findApproximateMatches } from "./approx-search";
import { scoreCandidate, type Candidate, type ScoredCandidate } from "./score-candidate";
import type { PassageSelectors } from "./schema";

/**
 * Above `confident` a passage whose words are unchanged moves silently; from `possible` up it
 * moves but a person must confirm; below it is an orphan. Calibrated with the re-anchoring
 * benchmark (scripts/bench/reanchor.ts), whose "wrong" must stay 0.
 */
export const ANCHOR_THRESHOLDS = { confident: 0.88, possible: 0.75 } as const;

/** Two candidates closer than this cannot be told apart: the best one moves only with a person's confirmation. */
export const AMBIGUITY_MARGIN = 0.05;

/** The share of a quote that may differ for an approximate match to count as a candidate at all. */
const MAX_ERROR_RATE = 0.25;

/** Exact copies of a quote scored at most; a quote found more often than this is too common to tell apart anyway. */
const MAX_EXACT_CANDIDATES = 256;

/** How the passage was found: at its old offsets, as the same words elsewhere, or as similar words. */
export type AnchorMethod = "position" | "exact" | "approximate";

export type Anchor =
  | { state: "anchored" | "moved"; start: number; end: number; score: number; method: AnchorMethod }
  /** `score`: that of the best place rejected (0 when there was none). */
  | { state: "orphaned"; score: number };

/** The text the selectors were made on, and the text to find the passage in. */
export type Revisions = { before: string; after: string };

/**
 * Finds a passage of `before` again in `after`, the way hypothesis's anchoring does, with its
 * failure mode (attaching a note to a look-alike passage) designed out:
 * 1. the old position, when the quote and both contexts are still exactly there;
 * 2. every exact copy of the quote, scored on its contexts and nearness to the old position;
 * 3. when no exact copy is convincing, approximate matches of the quote (Myers' algorithm).
 * A passage moves silently only when its words are unchanged, the place scores at least
 * `ANCHOR_THRESHOLDS.confident`, no other place comes within `AMBIGUITY_MARGIN`, and the passage
 * was distinctive to begin with: when `before` held another copy of the quote that its selectors
 * would have accepted too (a repeated sentence, a near-duplicate paragraph), nothing but its old
 * position tells them apart, so it only moves with a person's confirmation. Changed words or a
 * close second place also ask a person (`moved`); a weak best place makes it an orphan.
 * Pure; when nothing changed near the passage it costs two string comparisons.
 */
export function anchorPassage(selectors: PassageSelectors, { before, after }: Revisions): Anchor {
  const { exact, prefix, suffix } = selectors.quote;
  const { start } = selectors.position;
  const end = start + exact.length;
  if (
    after.slice(start, end) === exact &&
    after.slice(Math.max(0, start - prefix.length), start) === prefix &&
    after.slice(end, end + suffix.length) === suffix
  ) {
    // Even here a copy of a repeated passage may have slid into the old place of the other one.
    return { state: isDistinctive(before, selectors) ? "anchored" : "moved", start, end, score: 1, method: "position" };
  }

  let scored = exactCopies(after, exact).map((c) => scoreCandidate(after, selectors, c));
  if (!scored.some((c) => c.score >= ANCHOR_THRESHOLDS.confident)) {
    const approximate = findApproximateMatches(after, exact, exact.length * MAX_ERROR_RATE).filter((m) => m.errors > 0);
    scored = [...scored, ...approximate.map((c) => scoreCandidate(after, selectors, c))];
  }
  const [best, second] = rank(scored);
  if (!best) return { state: "orphaned", score: 0 };
  const method: AnchorMethod = best.errors > 0 ? "approximate" : "exact";
  if (best.score < ANCHOR_THRESHOLDS.possible) return { state: "orphaned", score: best.score };
  const silent =
    best.errors === 0 &&
    best.score >= ANCHOR_THRESHOLDS.confident &&
    (!second || best.score - second.score >= AMBIGUITY_MARGIN) &&
    isDistinctive(before, selectors);
  return { state: silent ? "anchored" : "moved", start: best.start, end: best.end, score: best.score, method };
}

function exactCopies(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * Whether no other copy of the quote in the text it was made on would have been taken for it,
 * even with a person's confirmation. When one would (a repeated sentence, a near-duplicate
 * paragraph), the selectors cannot tell the two apart in the new text either.
 */
function isDistinctive(before: string, selectors: PassageSelectors): boolean {
  const own = selectors.position;
  return exactCopies(before, selectors.quote.exact).every(
    (c) => (c.start < own.end && c.end > own.start) || scoreCandidate(before, selectors, c).score < ANCHOR_THRESHOLDS.possible,
  );
}

/** The best candidate, and the best one that does not overlap it (a rival place, not the same one shifted). */
function rank(scored: ScoredCandidate[]): [ScoredCandidate | undefined, ScoredCandidate | undefined] {
  const sorted = [...scored].sort((a, b) => b.score - a.score || a.start - b.start);
  const best = sorted[0];
  if (!best) return [undefined, undefined];
  return [best, sorted.find((c) => c.end <= best.start || c.start >= best.end)];
}
