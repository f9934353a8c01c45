import type { CompiledLexicon } from "./lexicon";
import { ONE_OF_FATE_WORDS } from "./lexicon/one-of-fate-words";
import { wordSets } from "./lexicon/rule-words";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const ONE = wordSets(ONE_OF_FATE_WORDS);

/**
 * The fates a toll counts, of which one person is news as a count of one: "one death", "Ein Mann
 * wird vermisst" (read-one-person), died, hurt or missing. Arrests and the like of one person are
 * a story's detail, seldom a figure a rival report would give.
 */
export const TOLL_FATES: ReadonlySet<string> = new Set(["dead", "injured", "missing"]);

/**
 * Whether token `i` is "one"/"ein" right before a noun of a toll's fate ("one death", "one
 * fatality", "ein Toter", "ein Todesopfer", "einen Verletzten"), and so the figure one, the noun
 * read after it as after any figure. Elsewhere the word stays an article ("ein Mann sagte").
 */
export function isOneOfFate(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  if (ts.kind[i + 1] !== TokenKind.word || !ONE[lex.language].has(lowerAt(ts, i))) return false;
  return isFateNoun(lowerAt(ts, i + 1), lex);
}

/**
 * Whether a noun names a toll's fate itself ("death", "Toter", "Verletzter"), not a person it
 * befalls; the stemmer takes a German singular ("ein Toter") to the plural's concept.
 */
export function isFateNoun(word: string, lex: CompiledLexicon): boolean {
  const concept = conceptOfNoun(word, lex);
  return concept !== null && TOLL_FATES.has(concept.key);
}
