import type { Certainty } from "@/lib/claims/schema";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { isCapitalized, lowerAt, type TokenStream } from "./tokens";

const RANK: Record<Certainty, number> = { stated: 0, reported: 1, hedged: 2, denied: 3 };
// "nie bestätigt oder dementiert": a negation this close before a denial cancels it.
const NEGATION_REACH = 4;

function negatedBefore(ts: TokenStream, j: number, first: number, lex: CompiledLexicon): boolean {
  for (let k = j - 1; k >= first && j - k <= NEGATION_REACH; k--) if (lex.negations.has(lowerAt(ts, k))) return true;
  return false;
}

function frameCompletes(ts: TokenStream, from: number, last: number, completions: Set<string>): boolean {
  for (let k = from; k <= last; k++) if (completions.has(lowerAt(ts, k))) return true;
  return false;
}

/**
 * How firmly the sentence (tokens `first`..`last`) asserts its claims: denied ("bestritten",
 * "denied") over hedged ("könnte", "could", "soll … haben", "believed to") over reported ("Berichten
 * zufolge", "reportedly") over stated. English cue words count only in lowercase, so the month "May"
 * is not the modal "may".
 */
export function findCertainty(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): Certainty {
  let best: Certainty = "stated";
  for (let j = first; j <= last; j++) {
    const frame = lex.hedgeFrames.get(lowerAt(ts, j));
    if (frame && frameCompletes(ts, j + 1, last, frame)) {
      if (RANK.hedged > RANK[best]) best = "hedged";
      continue;
    }
    const m = matchPhraseForward(ts, j, lex.certaintyCues, last);
    if (!m) continue;
    if (lex.language === "en" && m.phrase.tokens.length === 1 && isCapitalized(ts, j) && (j !== first || lex.months.has(lowerAt(ts, j)))) continue;
    const cue = m.phrase.value;
    if (cue === "denied" && negatedBefore(ts, j, first, lex)) continue;
    if (RANK[cue] > RANK[best]) best = cue;
    j = m.last;
  }
  return best;
}
