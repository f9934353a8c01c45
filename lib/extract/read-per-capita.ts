import type { CompiledLexicon } from "./lexicon";
import { PER_CAPITA } from "./lexicon/per-capita-words";
import { findPhraseForward, matchPhraseForward } from "./lexicon/phrase-index";
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

/**
 * Whether a per-person phrase stands in tokens `from`..`to`, the figure's clause before it: "Der
 * Schuldenstand erreicht 432 Mrd. Euro, pro Kopf sind das rund 46.500 Euro", "Per resident, that is
 * about €1,900": fronted, it makes the amount one per person as it does after the unit.
 */
export function isPerCapitaBefore(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  return from <= to && findPhraseForward(ts, from, to, PHRASES[lex.language]) !== null;
}
