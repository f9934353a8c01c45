import { countedNounMatch } from "./counted-noun-key";
import type { CompiledLexicon } from "./lexicon";
import { AMOUNT_IDIOMS } from "./lexicon/amount-idiom-words";
import { matchPhraseBackward } from "./lexicon/phrase-index";
import { phraseIndexes } from "./lexicon/rule-words";
import { TokenKind, isCapitalized, lowerAt, type TokenStream } from "./tokens";

const IDIOMS = phraseIndexes(AMOUNT_IDIOMS);

/**
 * "forderten ein Lösegeld in Höhe von 5 Millionen Euro", "a ransom to the tune of $5 million": the
 * token of the noun an idiom of measure stands after (the idiom ends at `j`, just before
 * "von"/"of"), or -1. Only a noun the bilingual pairs know: an idiom after a noun no table names
 * ("Kredite in Höhe von", read by the tables already) or after a verb is left to the other readers.
 */
export function nounBeforeAmountIdiom(ts: TokenStream, j: number, lex: CompiledLexicon): number {
  const idiom = matchPhraseBackward(ts, j, IDIOMS[lex.language]);
  if (!idiom) return -1;
  const noun = idiom.first - 1;
  if (ts.kind[noun] !== TokenKind.word || (lex.language === "de" && !isCapitalized(ts, noun))) return -1;
  return countedNounMatch(lowerAt(ts, noun), lex.language) === null ? -1 : noun;
}
