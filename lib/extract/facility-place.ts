import type { CompiledLexicon } from "./lexicon";
import { FACILITY_PREPOSITIONS, FACILITY_WORDS } from "./lexicon/facility-words";
import { wordSets } from "./lexicon/rule-words";
import { isCapitalized, lowerAt, type TokenStream } from "./tokens";

const FACILITIES = wordSets(FACILITY_WORDS);
const AT_FACILITY = wordSets(FACILITY_PREPOSITIONS);

/**
 * Whether token `k` is a facility word ("airport", "Hafen"). English writes the common noun lowercase,
 * so a capitalized one opens a name ("in Port Moresby") unless it closes one ("Munich Airport", see
 * `lastBeforeFacility`); German capitalizes every noun.
 */
export function isFacilityWord(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  return FACILITIES[lex.language].has(lowerAt(ts, k)) && (lex.language === "de" || !isCapitalized(ts, k));
}

/** Whether the word is a preposition that names a place only at a facility ("at", "am"). */
export const isFacilityPreposition = (word: string, lex: CompiledLexicon): boolean => AT_FACILITY[lex.language].has(word);

/**
 * The last token of a name that ends in a capitalized facility word ("Munich Airport", "Rostock
 * Harbour"): the town's name is the part before it. -1 when the name does not end so.
 */
export function lastBeforeFacility(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): number {
  return last > first && FACILITIES[lex.language].has(lowerAt(ts, last)) ? last - 1 : -1;
}
