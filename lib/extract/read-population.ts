import type { CompiledLexicon } from "./lexicon";
import { HAVING_WORDS, RESIDENT_NOUNS, SETTLEMENT_NOUNS } from "./lexicon/population-words";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// A place's population ("Frankfurt hat knapp 776.000 Einwohner", "a town of about 11,000 people") is
// background to the news, not a claim of it (see lib/evaluation/GUIDE.md): a count of residents a
// place has, as opposed to residents something happened to ("8.000 Einwohner wurden in Sicherheit
// gebracht"). A change of the population is a claim and is read elsewhere.
// The words: lexicon/population-words.ts.
const RESIDENTS = wordSets(RESIDENT_NOUNS);
const HAVING = wordSets(HAVING_WORDS);
const SETTLEMENTS = wordSets(SETTLEMENT_NOUNS).en;
const REACH = 4;
// "hat nach Angaben des städtischen Statistikamts knapp 776.000 Einwohner": a source between verb and figure.
const GERMAN_REACH = 7;

function settlementOf(ts: TokenStream, first: number): boolean {
  // "a town of about 11,000 people", "a city of 776,000"
  for (let k = first - 1; k >= first - REACH && k >= 0; k--) {
    if (ts.kind[k] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, k))) return false;
    if (lowerAt(ts, k) === "of") return SETTLEMENTS.has(lowerAt(ts, k - 1));
  }
  return false;
}

// At module level rather than a closure: tsx's keepNames renames a closure at every call.
function closesClause(ts: TokenStream, k: number, sentenceLast: number): boolean {
  return k > sentenceLast || CLAUSE_ENDS.has(tokenAt(ts, k));
}

/**
 * True when the count of people at tokens `first`..`last` (its noun last) is a place's population:
 * a resident noun with a verb or preposition of having. English puts it right before the figure
 * ("has some 776,000 inhabitants", "home to 11,000 residents"); German may put a source between
 * them, but then the noun closes the clause ("hat nach Angaben des Statistikamts knapp 776.000
 * Einwohner."), as a participle after it would make a change ("hat 300 Einwohner verloren") — or
 * the verb follows in a relative clause ("das rund 11.000 Einwohner zählt,").
 */
export function isPlacePopulation(ts: TokenStream, first: number, last: number, sentenceFirst: number, sentenceLast: number, lex: CompiledLexicon): boolean {
  const noun = lowerAt(ts, last);
  if (!RESIDENTS[lex.language].has(noun)) return false;
  if (lex.language === "en") {
    if (noun === "people") return settlementOf(ts, first);
    const before = lowerAt(ts, first - 1);
    return before === "to" ? lowerAt(ts, first - 2) === "home" : HAVING.en.has(before);
  }
  if (HAVING.de.has(lowerAt(ts, last + 1)) && lowerAt(ts, last + 1) !== "mit") return closesClause(ts, last + 2, sentenceLast);
  if (!closesClause(ts, last + 1, sentenceLast)) return false;
  for (let k = first - 1; k >= sentenceFirst && first - k <= GERMAN_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, k))) return false;
    if (HAVING.de.has(lowerAt(ts, k))) return true;
  }
  return false;
}

/**
 * "Korçë, a city of 75,000.": a settlement's size with no noun after the figure (token `last`) is its
 * population too, background as above.
 */
export function isSettlementSize(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en" || lowerAt(ts, first - 1) !== "of" || !SETTLEMENTS.has(lowerAt(ts, first - 2))) return false;
  return last + 1 >= ts.count || ts.kind[last + 1] === TokenKind.punct;
}
