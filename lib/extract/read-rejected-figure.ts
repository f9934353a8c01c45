import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "Statt 2,3 Milliarden Euro würden es 2,7", "Instead of €2.3bn, …": the word opening a clause with
// the figure it sets aside (English with its second word).
const FRONTED = new Map<string, string | null>([["statt", null], ["anstatt", null], ["instead", "of"], ["rather", "than"]]);
// "nicht bei 16,7, sondern bei 18", "not at €16.7bn but at €18bn": a correction's negation, perhaps
// with the preposition the figure takes, and the word that brings the right figure.
const NEGATIONS = new Set(["nicht", "not"]);
const CORRECTION_PREPOSITIONS = new Set(["bei", "um", "auf", "von", "mit", "at", "by", "to", "of", "on"]);
const CORRECTIONS = new Set(["sondern", "but"]);
// "nicht bei 16,7, sondern": the correcting word follows the rejected figure closely.
const CORRECTION_REACH = 3;

const opensClause = (ts: TokenStream, j: number, sentenceFirst: number) =>
  j <= sentenceFirst || (ts.kind[j - 1] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, j - 1)));

// "Statt 81 Toten, die der Katastrophenschutz am Montag gemeldet hatte, seien es 76": a relative
// clause telling who gave the figure makes it an earlier report, corrected since, not one rejected.
const RELATIVES = new Set(["der", "die", "das", "den", "dem", "welche", "welcher", "which", "that", "as", "who"]);

function frontedAside(ts: TokenStream, first: number, last: number, sentenceFirst: number): boolean {
  if (tokenAt(ts, last + 1) === "," && RELATIVES.has(lowerAt(ts, last + 2))) return false;
  const word = lowerAt(ts, first - 1);
  if (FRONTED.get(word) === null) return opensClause(ts, first - 1, sentenceFirst);
  const opener = first - 2;
  return FRONTED.get(lowerAt(ts, opener)) === word && opensClause(ts, opener, sentenceFirst);
}

function correctedLater(ts: TokenStream, first: number, last: number, sentenceLast: number): boolean {
  const preposition = CORRECTION_PREPOSITIONS.has(lowerAt(ts, first - 1)) ? 1 : 0;
  if (!NEGATIONS.has(lowerAt(ts, first - 1 - preposition))) return false;
  for (let j = last + 1; j <= Math.min(sentenceLast, last + CORRECTION_REACH); j++) if (CORRECTIONS.has(lowerAt(ts, j))) return true;
  return false;
}

/**
 * Whether the figure in tokens `first`..`last` is named only to be rejected, so that its source
 * denies it: fronted, opening its clause ("Statt 2,3 Milliarden Euro würden es rund 2,7", "Instead of
 * €2.3bn, the deficit will reach €2.7bn"), or corrected in the same breath ("nicht bei 16,7, sondern
 * bei mehr als 18 Milliarden", "not at €16.7bn but at more than €18bn"). A replacement after its new
 * figure ("28 seats instead of 29", "elf statt zehn Sitze") is an earlier level, not a rejection, and
 * a bare trailing "…, not €385m" is left as stated: news writes it for both.
 */
export function isRejectedFigure(ts: TokenStream, first: number, last: number, sentenceFirst: number, sentenceLast: number): boolean {
  return frontedAside(ts, first, last, sentenceFirst) || correctedLater(ts, first, last, sentenceLast);
}
