import type { CompiledLexicon } from "./lexicon";
import { ONE_OF_FATE_WORDS } from "./lexicon/one-of-fate-words";
import { wordSets } from "./lexicon/rule-words";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const ONE = wordSets(ONE_OF_FATE_WORDS);

// The fates a toll counts; one of them is news as a count ("one death, 85 ill"), as in read-one-person.
const FATES = new Set(["dead", "injured", "missing"]);

// "ein Toter", "ein Verletzter": the stemmer takes the singular to the plural's concept.
function fateOfNoun(word: string, lex: CompiledLexicon): string | null {
  const concept = conceptOfNoun(word, lex);
  return concept && FATES.has(concept.key) ? concept.key : null;
}

/**
 * Whether token `i` is "one"/"ein" right before a noun of a toll's fate ("one death", "one
 * fatality", "ein Toter", "ein Todesopfer", "einen Verletzten"), and so the figure one, the noun
 * read after it as after any figure. Elsewhere the word stays an article ("ein Mann sagte").
 */
export function isOneOfFate(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  if (ts.kind[i + 1] !== TokenKind.word || !ONE[lex.language].has(lowerAt(ts, i))) return false;
  return isFateNoun(lowerAt(ts, i + 1), lex);
}

/** Whether a noun names a toll's fate itself ("death", "Toter", "Verletzter"), not a person it befalls. */
export function isFateNoun(word: string, lex: CompiledLexicon): boolean {
  return fateOfNoun(word, lex) !== null;
}
