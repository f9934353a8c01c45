import { placeAmong, type PlaceMatch } from "./find-place";
import { isPlaceOfElection } from "./place-of-election";
import type { CompiledLexicon } from "./lexicon";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { CANDIDATE_PRONOUNS, OBJECT_DETERMINERS, WON_WITH_AUXILIARIES, WON_WITH_VERBS } from "./lexicon/won-with-words";
import { holderNameEndingAt, type Holder } from "./holder-name-ending-at";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

const VERBS = wordSets(WON_WITH_VERBS);
const AUXILIARIES = wordSets(WON_WITH_AUXILIARIES);
const PRONOUNS = wordSets(CANDIDATE_PRONOUNS);
const GERMAN_OBJECT = new Set(OBJECT_DETERMINERS);
const WITH = new Set(["with", "mit"]);
// Between the verb and "with" stands what was won: "his home state of Styria", "die Stichwahl in der Altstadt".
const REACH = 8;

// The verb of winning that "with" and the share at `first` close the clause of, or -1.
function verbOfShareWonWith(ts: TokenStream, first: number, sentenceFirst: number, lex: CompiledLexicon): number {
  if (!WITH.has(lowerAt(ts, first - 1))) return -1;
  for (let j = first - 2; j >= sentenceFirst && first - 1 - j <= REACH; j--) {
    if (ts.kind[j] === TokenKind.number) return -1;
    if (ts.kind[j] === TokenKind.punct) {
      if (CLAUSE_ENDS.has(tokenAt(ts, j))) return -1;
      continue;
    }
    if (VERBS[lex.language].has(lowerAt(ts, j))) {
      // Something won stands between the verb and "with"; in German an object by its determiner.
      if (j === first - 2 || (lex.language === "de" && !GERMAN_OBJECT.has(lowerAt(ts, j + 1)))) return -1;
      return j;
    }
  }
  return -1;
}

/**
 * "Feldhofer won his home state of Styria with 55.1%", "Berger carried the old town with 58.3%",
 * "she had finished first with 36.9%", "Lindqvist gewann ihren Heimatbezirk mit 61,2 Prozent": a
 * share after "with" that closes a clause whose verb says someone won or finished is the vote share of
 * who did, named right before the verb; what stands between the verb and "with" is what they won
 * (a place, a round), not whose share it is. A pronoun there stands for who held the share before
 * (`previousHolder`). English capitalizes only names, so the name before the verb is one; German
 * capitalizes every noun, so there it holds only when what was won is an object by its determiner
 * ("den Wahlkreis", "ihren Heimatbezirk"). Null when the clause is not of this shape.
 */
export function holderOfShareWonWith(ts: TokenStream, first: number, sentenceFirst: number, previousHolder: string | undefined, lex: CompiledLexicon): Holder | null {
  const verb = verbOfShareWonWith(ts, first, sentenceFirst, lex);
  if (verb < 0) return null;
  const subjectEnd = AUXILIARIES[lex.language].has(lowerAt(ts, verb - 1)) ? verb - 1 : verb;
  const pronoun = lowerAt(ts, subjectEnd - 1);
  if (PRONOUNS[lex.language].has(pronoun)) return previousHolder ? { name: previousHolder, first: subjectEnd - 1, last: subjectEnd - 1 } : null;
  const name = holderNameEndingAt(ts, subjectEnd - 1, lex, true, sentenceFirst);
  // "Turnout ended the day with 61%": a word any table knows, capitalized only to open the sentence, is no name.
  if (name && name.first === name.last && name.first === sentenceFirst && conceptOfNoun(lowerAt(ts, name.first), lex)) return null;
  return name;
}

/**
 * The place among what was won before "with" and the share at `first` ("won his home state of
 * Styria with"), or null. A vote won "in" a place ("won the city election in X with") names the
 * whole vote's area, which is no part of it (see isPlaceOfElection).
 */
export function placeOfShareWonWith(ts: TokenStream, first: number, sentenceFirst: number, lex: CompiledLexicon, hint: readonly string[]): PlaceMatch | null {
  const verb = verbOfShareWonWith(ts, first, sentenceFirst, lex);
  if (verb < 0) return null;
  for (let j = verb + 2; j < first - 1; j++) if (isPlaceOfElection(ts, j, lex)) return null;
  return placeAmong(ts, verb + 1, first - 2, lex, hint);
}
