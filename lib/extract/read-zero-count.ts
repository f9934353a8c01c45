import type { CompiledLexicon } from "./lexicon";
import { wordSets } from "./lexicon/rule-words";
import { ZERO_WORDS } from "./lexicon/zero-words";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// "won no seats", "Police reported no arrests", "keine Sitze", "kein Mandat": a count of zero is
// written with "no", which news gives for results and tolls as it gives any figure. Only before a
// noun the concept tables know: "no comment", "no more than 300", "keine Frage" count nothing.
const ZERO = wordSets(ZERO_WORDS);

/** Whether token `i` is "no"/"kein" right before a counted noun of the tables, and so the figure zero. */
export function isZeroCount(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  return ts.kind[i + 1] === TokenKind.word && ZERO[lex.language].has(lowerAt(ts, i)) && conceptOfNoun(lowerAt(ts, i + 1), lex) !== null;
}
