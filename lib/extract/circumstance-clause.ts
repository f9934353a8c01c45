import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// Conjunctions of time that open a clause saying when, or once what, a figure was given: German
// "nachdem", "sobald" open nothing else; English "after", "once", "before", "until" are also
// prepositions ("after 31 hours"), so a clause needs a finite verb to follow.
const ALWAYS_CLAUSE = new Set(["nachdem", "sobald", "bevor"]);
const CLAUSE_IF_FINITE = new Set(["after", "once", "before", "until"]);
const FINITE = new Set(["had", "has", "have", "was", "were", "is", "are", "did"]);

/**
 * Whether token `k` opens a clause of circumstance ("…, according to the committee, after all 451
 * stations had reported", "…, nachdem 412 Wahllokale ausgezählt waren"): a figure inside it is the
 * occasion of the source's count, not a figure the source gives.
 */
export function opensCircumstance(ts: TokenStream, k: number, last: number): boolean {
  const w = lowerAt(ts, k);
  if (ALWAYS_CLAUSE.has(w)) return true;
  if (!CLAUSE_IF_FINITE.has(w)) return false;
  for (let m = k + 1; m <= last && !CLAUSE_ENDS.has(tokenAt(ts, m)); m++) {
    if (ts.kind[m] === TokenKind.word && FINITE.has(lowerAt(ts, m))) return true;
  }
  return false;
}
