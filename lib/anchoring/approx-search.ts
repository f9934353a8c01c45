// The only file that imports approx-string-match (Myers' bit-parallel approximate matching, the
// matcher hypothesis uses): the rest of the code sees our own ApproxMatch type.
import search from "approx-string-match";

/** A place in the text where the pattern matches with `errors` edits (insertions, deletions, substitutions). */
export type ApproxMatch = { start: number; end: number; errors: number };

/**
 * The lowest-cost matches of `pattern` in `text` with at most `maxErrors` edits; empty when none
 * is that close. The library returns only the matches of the lowest error count it finds.
 */
export function findApproximateMatches(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  return search(text, pattern, Math.max(0, Math.floor(maxErrors))).map((m) => ({ start: m.start, end: m.end, errors: m.errors }));
}
