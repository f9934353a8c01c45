import type { CompiledLexicon } from "./lexicon";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { readClaimantRight } from "./read-claimant";
import type { ClaimantCue } from "./read-claimant-cue";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "Die Behörden melden 164 Verletzte, der Hilfsbund etwa 200", "Police counted 164 injured, the aid
// group about 200": a second clause of a subject and a figure alone leaves out the verb of the first
// (gapping), so its subject gives its figure as the first clause's subject gives the first. Between
// the subject and the figure only a hedge may stand, and after the figure only its noun.
const HEDGE_WORDS = 2;
const NOUN_WORDS = 2;
const JOINERS = new Set([",", "und", "and"]);

function gappedFigureAfter(ts: TokenStream, from: number, last: number): boolean {
  let k = from;
  while (k <= last && k - from < HEDGE_WORDS && ts.kind[k] === TokenKind.word && !isCapitalized(ts, k)) k++;
  if (k > last || ts.kind[k] !== TokenKind.number) return false;
  const figure = k;
  k++;
  while (k <= last && ts.kind[k] === TokenKind.number) k++;
  const nounFrom = k;
  while (k <= last && ts.kind[k] === TokenKind.word && k - nounFrom < NOUN_WORDS && !JOINERS.has(lowerAt(ts, k))) k++;
  return k > last || CLAUSE_ENDS.has(tokenAt(ts, k)) || JOINERS.has(lowerAt(ts, k)) ? k > figure : false;
}

/**
 * The subjects of gapped clauses in the sentence `first`..`last`, once a speech verb's subject
 * (`cues`, not explicit) gives a figure before them. Each is a cue at its own words; pickAttribution
 * then gives every figure the speaker of its own clause.
 */
export function readGappedSources(ts: TokenStream, first: number, last: number, cues: readonly ClaimantCue[], lex: CompiledLexicon): ClaimantCue[] {
  const speaker = cues.find((c) => !c.explicit && !c.pronoun);
  if (!speaker) return [];
  const out: ClaimantCue[] = [];
  for (let k = Math.max(speaker.at, speaker.last) + 1; k < last; k++) {
    if (!JOINERS.has(lowerAt(ts, k))) continue;
    const span = readClaimantRight(ts, k + 1, last, lex);
    if (!span) continue;
    // "the Red Cross around 50": English names run on over lowercase words; a hedge is the figure's.
    while (span.last > span.first && !isCapitalized(ts, span.last) && !lex.claimantWords.has(lowerAt(ts, span.last))) span.last--;
    if (!isCapitalized(ts, span.first) && !lex.claimantWords.has(lowerAt(ts, span.last))) continue;
    if (!gappedFigureAfter(ts, span.last + 1, last)) continue;
    out.push({ at: span.first, span, explicit: false, last: span.last });
    k = span.last;
  }
  return out;
}
