import type { CompiledLexicon } from "./lexicon";
import { PER_CAPITA } from "./lexicon/per-capita-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes } from "./lexicon/rule-words";
import type { TokenStream } from "./tokens";

const PHRASES = phraseIndexes(PER_CAPITA);

/** The qualifier of an amount per person: it compares only with other amounts per person. */
export const PER_CAPITA_QUALIFIER = "per resident";

/**
 * The last token of "pro Einwohner", "per head", "per capita" when it starts at token `j`, right
 * after an amount's unit ("1.250 Euro pro Einwohner", "€1,250 per resident"), or -1.
 */
export function perCapitaEnd(ts: TokenStream, j: number, lex: CompiledLexicon): number {
  return matchPhraseForward(ts, j, PHRASES[lex.language])?.last ?? -1;
}
