import { countedNounKey } from "./counted-noun-key";
import type { AmountSubject } from "./find-amount-subject";
import type { CompiledLexicon } from "./lexicon";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// Area units: an area is of land something covered, burnt or flooded.
const AREA_UNITS = new Set(["ha", "km²", "m²", "mi²", "acre"]);
// Not lexicon/punctuation's CLAUSE_ENDS: brackets and dashes hold asides the search crosses back
// over ("the blaze had burnt 38,000 hectares (about 94,000 acres)": the acres are of the blaze too).
const CLAUSE_BREAKS = new Set([",", ";", ":", ".", "!", "?"]);
const REACH = 14;

export const isAreaUnit = (code: string) => AREA_UNITS.has(code);

/**
 * What an area with no noun of its own is of: the subject of the clause's perfect, when it is a noun
 * after its article ("Das Feuer hat … 38.000 Hektar erfasst", "the blaze had burnt 38,000 hectares
 * (about 94,000 acres)"); else the language's word for an area ("57.000 Hektar verbrannt").
 */
export function readAreaAgent(ts: TokenStream, from: number, sentenceFirst: number, unitAt: number, lex: CompiledLexicon): AmountSubject {
  for (let j = from; j > sentenceFirst && from - j < REACH; j--) {
    if (ts.kind[j] === TokenKind.punct && CLAUSE_BREAKS.has(tokenAt(ts, j))) break;
    if (!lex.perfectAuxiliaries.has(lowerAt(ts, j))) continue;
    const noun = j - 1;
    const capitalized = isCapitalized(ts, noun);
    const nounShaped = lex.language === "de" ? capitalized : !capitalized;
    // "Wildfires in the south have burned …": a noun after a preposition says where, not what burned.
    if (ts.kind[noun] === TokenKind.word && nounShaped && lex.articles.has(lowerAt(ts, noun - 1)) && !lex.placePrepositions.has(lowerAt(ts, noun - 2))) {
      return { key: countedNounKey(lowerAt(ts, noun), lex.language), qualifiers: [], first: noun, last: noun };
    }
    break;
  }
  return { key: countedNounKey(lex.areaNoun, lex.language), qualifiers: [], first: unitAt, last: unitAt };
}
