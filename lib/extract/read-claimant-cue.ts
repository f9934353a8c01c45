import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { readClaimantLeft, readClaimantRight, type ClaimantSpan } from "./read-claimant";
import { isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** A claimant named in a sentence: where the cue is, the phrase, and whether it is an explicit source. */
export type ClaimantCue = { at: number; span: ClaimantSpan; explicit: boolean; last: number };

/**
 * The claimant cue at token `j` of the sentence `first`..`last`, or null: an explicit source phrase
 * ("laut Kiew", "nach Angaben des Pentagons", "dem Pentagon zufolge", "according to Western
 * officials") or the subject of a speech verb ("Peskow betonte", "sagte Antony Blinken"). Report
 * cues such as "laut Berichten" are certainty, not claimants, and are skipped by the caller.
 */
export function readClaimantCue(ts: TokenStream, j: number, first: number, last: number, lex: CompiledLexicon): ClaimantCue | null {
  const marker = matchPhraseForward(ts, j, lex.sourceMarkers, last);
  if (marker) {
    const span = readClaimantRight(ts, marker.last + 1, last, lex);
    return span ? { at: j, span, explicit: true, last: marker.last } : null;
  }
  const word = lowerAt(ts, j);
  if (lex.sourcePostpositions.has(word)) {
    const span = readClaimantLeft(ts, j - 1, first, lex);
    return span ? { at: j, span, explicit: true, last: j } : null;
  }
  if (!lex.speechVerbs.has(word)) return null;
  // ", so Peskow": "so" reports speech only in this exact shape.
  if (word === "so" && !(tokenAt(ts, j - 1) === "," && isCapitalized(ts, j + 1))) return null;
  // German inverts after a fronted phrase ("…, sagte Blinken"), so the name after the verb comes first;
  // English puts the speaker first ("Kyiv said North Korean units …") unless the quote does.
  let span: ClaimantSpan | null;
  if (lex.language === "de") span = readClaimantRight(ts, j + 1, last, lex) ?? (j > first ? readClaimantLeft(ts, j - 1, first, lex) : null);
  else span = (j > first ? readClaimantLeft(ts, j - 1, first, lex) : null) ?? readClaimantRight(ts, j + 1, last, lex);
  return span ? { at: j, span, explicit: false, last: j } : null;
}
