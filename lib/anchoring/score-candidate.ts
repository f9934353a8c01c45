import { editDistance } from "./edit-distance";
import type { PassageSelectors } from "./schema";

/**
 * How much each piece of evidence counts. The quote counts most; the contexts tell two copies of
 * the same words apart; the position only breaks near-ties, because edits above a passage move
 * it by any distance.
 */
export const SCORE_WEIGHTS = { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 } as const;

/** A place the passage may have gone to, and the edits between its words and the quote. */
export type Candidate = { start: number; end: number; errors: number };

export type ScoredCandidate = Candidate & {
  /** 0..1, the weighted sum of the four similarities below. */
  score: number;
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
};

/**
 * Similarity 0..1 of a stored context to the text beside a candidate. An empty stored context
 * means the passage touched the start (or end) of the text: a candidate that does too matches
 * fully, any other gets a neutral half.
 */
function contextSimilarity(stored: string, actual: string): number {
  if (stored.length === 0) return actual.length === 0 ? 1 : 0.5;
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}

/** Scores one candidate place for a passage in the new text on its quote, prefix, suffix and position. */
export function scoreCandidate(text: string, selectors: PassageSelectors, candidate: Candidate): ScoredCandidate {
  const { exact, prefix, suffix } = selectors.quote;
  const quote = Math.max(0, 1 - candidate.errors / exact.length);
  const prefixScore = contextSimilarity(prefix, text.slice(Math.max(0, candidate.start - prefix.length), candidate.start));
  const suffixScore = contextSimilarity(suffix, text.slice(candidate.end, candidate.end + suffix.length));
  const distance = Math.abs(candidate.start - selectors.position.start);
  const position = 1 - Math.min(1, distance / Math.max(text.length, 1));
  const score =
    SCORE_WEIGHTS.quote * quote + SCORE_WEIGHTS.prefix * prefixScore + SCORE_WEIGHTS.suffix * suffixScore + SCORE_WEIGHTS.position * position;
  return { ...candidate, score, quote, prefix: prefixScore, suffix: suffixScore, position };
}
