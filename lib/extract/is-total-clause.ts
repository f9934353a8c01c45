import type { CompiledLexicon } from "./lexicon";
import { phraseIndexes } from "./lexicon/rule-words";
import { TOTAL_WORDS } from "./lexicon/total-words";
import { findPhraseForward } from "./lexicon/phrase-index";
import type { TokenStream } from "./tokens";

const TOTALS = phraseIndexes(TOTAL_WORDS);

/**
 * Whether tokens `from`..`to` (a figure's clause) call the figure a total: "In Hamburg streikten
 * 2.900, in allen Häfen zusammen 4.700", "In Bremerhaven … 2.200, in allen Nordseehäfen zusammen
 * mehr als 8.000". A total is not the figure of the place that opened the sentence, so it takes no
 * place from the figure before it.
 */
export function isTotalClause(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): boolean {
  return findPhraseForward(ts, from, to, TOTALS[lex.language]) !== null;
}
