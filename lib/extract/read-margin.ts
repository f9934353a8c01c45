import type { CompiledLexicon } from "./lexicon";
import { AHEAD_BY_WORDS, LEAD_DETERMINERS, MARGIN_NOUNS } from "./lexicon/margin-words";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { LEVEL_TO } from "./lexicon/level-prepositions";
import { TokenKind, endsInGenitiveS, lowerAt, tokenAt, type TokenStream } from "./tokens";

const NOUNS = wordSets(MARGIN_NOUNS);
const DETERMINERS = new Set(LEAD_DETERMINERS);
const AHEAD = wordSets(AHEAD_BY_WORDS);
// "ahead nationally by 17,810 votes": an adverb may stand between the word and "by".
const AHEAD_REACH = 10;
// How far before a figure its margin noun may stand: "der Vorsprung liege bei korrekter Zählung
// deutlich unter 15.000" keeps the noun and the figure in one clause of a few words.
const REACH = 12;
// "the real margin was "under 12,000"": a quoted figure is still the noun's.
const QUOTES = new Set(['"', "„", "“", "”", "‚", "‘", "’", "«", "»", "'"]);
// "schrumpfte der Vorsprung um 810 auf 17.810 Stimmen": a change before the new level is passed over.
const TO_LEVEL = new Set([...LEVEL_TO.de, ...LEVEL_TO.en]);

function isMarginNoun(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, j);
  if (!NOUNS[lex.language].has(w)) return false;
  if (lex.language !== "en" || w !== "lead") return true;
  const before = lowerAt(ts, j - 1);
  return lowerAt(ts, j + 1) === "of" || DETERMINERS.has(before) || endsInGenitiveS(before);
}

/**
 * The token of a margin noun standing before a figure that starts at `first`, in its clause
 * ("a margin of 18,620", "Ihr Vorsprung beträgt 31.740 Stimmen", "the margin was "under 12,000""),
 * or -1. `from` is the first token the clause may reach back to.
 */
export function marginNounBefore(ts: TokenStream, first: number, from: number, lex: CompiledLexicon): number {
  for (let j = first - 1; j >= from && first - j <= REACH; j--) {
    if (ts.kind[j] === TokenKind.number) {
      if (TO_LEVEL.has(lowerAt(ts, j + 1))) continue;
      return -1;
    }
    if (ts.kind[j] === TokenKind.punct) {
      if (QUOTES.has(tokenAt(ts, j))) continue;
      if (CLAUSE_ENDS.has(tokenAt(ts, j))) return -1;
      continue;
    }
    if (isMarginNoun(ts, j, lex)) return j;
  }
  return -1;
}

// "Yes was ahead by 17,810 votes", "she won by 2,410 votes" (English, "by" right before the figure);
// "mit 2.410 Stimmen vorn" (German, the word right after it).
function isAheadBy(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  if (lex.language === "de") return AHEAD.de.has(lowerAt(ts, last + 1));
  if (lowerAt(ts, first - 1) !== "by") return false;
  for (let j = first - 2; j >= 0 && first - 1 - j <= AHEAD_REACH && ts.kind[j] === TokenKind.word; j--) if (AHEAD.en.has(lowerAt(ts, j))) return true;
  return false;
}

/**
 * Whether the count of votes at tokens `first`..`last` is a margin between two sides: a margin noun
 * right after it ("mit 31.740 Stimmen Vorsprung") or before it in its clause (`marginNounBefore`), or
 * a lead said with "by" (`isAheadBy`).
 * Whose lead it is goes without saying in a two-sided race and changes as the count goes on, so a
 * margin is one question whoever is named ahead.
 */
export function isMarginCount(ts: TokenStream, first: number, last: number, from: number, lex: CompiledLexicon): boolean {
  return isMarginNoun(ts, last + 1, lex) || isAheadBy(ts, first, last, lex) || marginNounBefore(ts, first, from, lex) >= 0;
}
