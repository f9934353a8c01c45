import type { Place } from "@/lib/places";
import type { CompiledLexicon } from "./lexicon";
import { ARTICLE_PREPOSITIONS, DIRECTION_WORDS } from "./lexicon/direction-words";
import { wordSets } from "./lexicon/rule-words";
import { lowerAt, type TokenStream } from "./tokens";

const DIRECTIONS = wordSets(DIRECTION_WORDS);
const WITH_ARTICLE = wordSets(ARTICLE_PREPOSITIONS);

// Both languages' direction words: an English one opens a name in a German text too ("in der Provinz Eastern Samar").
const ANY_DIRECTION = new Set([...DIRECTION_WORDS.de, ...DIRECTION_WORDS.en]);

/** Whether a word is one of direction ("Norden", "West", "Eastern") in either language. */
export const isDirectionWord = (word: string): boolean => ANY_DIRECTION.has(word.toLowerCase());

/** Whether the name starting at token `k`, after the preposition at `j`, follows an article ("nach dem Ende", "im Norden", "in the West"). */
export function followsArticle(ts: TokenStream, j: number, k: number, lex: CompiledLexicon): boolean {
  if (k === j + 1) return WITH_ARTICLE[lex.language].has(lowerAt(ts, j));
  return lex.articles.has(lowerAt(ts, k - 1));
}

/**
 * Whether a one-word name after an article is an ordinary noun rather than the place a gazetteer
 * spells the same way: "nach dem Ende der Sitzung" (a town in Indonesia), "im Norden des Landes" (a
 * town in Germany), "in the West" (a region in Cameroon). Names of towns take no article, in
 * German nor in English, and a word of direction names a part of the area the text is about;
 * regions and countries often take one ("in der Steiermark", "in the Algarve"). A kind of place
 * ("in der Stadt Ende") says it is the place, and the caller keeps it then.
 */
export function isCommonWordAfterArticle(name: string, place: Place, lex: CompiledLexicon): boolean {
  return place.kind === "city" || DIRECTIONS[lex.language].has(name.toLowerCase());
}
