import type { CompiledLexicon, ConceptRef } from "./lexicon";
import { conceptOfNoun } from "./read-counted-phrase";
import { isCapitalized, lowerAt, type TokenStream } from "./tokens";

/**
 * The combined concept when the concept noun at `at` closes a pair named together before a figure:
 * "die Zahl der Toten und Vermissten sank auf 93", "the number of dead and missing rose to 93" are
 * one count of both, not of the missing alone. `concept` is the noun's own; null when the word two
 * back is no concept noun or the two make no combined count.
 */
export function joinedConceptBefore(ts: TokenStream, at: number, concept: ConceptRef, lex: CompiledLexicon): ConceptRef | null {
  if (at < 2 || !lex.nounJoiners.has(lowerAt(ts, at - 1))) return null;
  if (lex.language === "de" && !isCapitalized(ts, at - 2)) return null;
  const other = conceptOfNoun(lowerAt(ts, at - 2), lex);
  if (!other || other.key === concept.key) return null;
  return lex.combined.get(`${other.key}|${concept.key}`) ?? null;
}
