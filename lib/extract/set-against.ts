import type { CompiledLexicon } from "./lexicon";
import { SET_AGAINST_WORDS } from "./lexicon/set-against-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes } from "./lexicon/rule-words";
import { TokenKind, tokenAt, type TokenStream } from "./tokens";

const MARKERS = phraseIndexes(SET_AGAINST_WORDS);
// "against the government's forecast of": the marker opens the few words before the rival figure.
const REACH = 8;

/**
 * Whether the figure starting at token `first` is set against the figure that ends at `previousLast`
 * in its sentence: a marker ("against", "compared with", "gegenüber", "statt") opens the words
 * between them, with no other figure there. A rival figure answers the same question as the one it
 * is set against, for the same day ("€53.6bn by the end of 2032, against the government's forecast
 * of €52.8bn": both are the debt at the end of 2032).
 */
export function isSetAgainst(ts: TokenStream, previousLast: number, first: number, lex: CompiledLexicon): boolean {
  for (let j = first - 1; j > previousLast && first - j <= REACH; j--) {
    if (ts.kind[j] === TokenKind.number || tokenAt(ts, j) === ";") return false;
    if (ts.kind[j] === TokenKind.word && matchPhraseForward(ts, j, MARKERS[lex.language], first - 1)) return true;
  }
  return false;
}
