import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { lowerAt, type TokenStream } from "./tokens";

/** A known place a count is scoped to, with the tokens of the phrase naming it. */
export type PlaceMatch = { place: string; first: number; last: number };

// "in der Region Kursk", "in the Kursk region", "nach Russland": at most this many articles and region
// words between the preposition and the name.
const MAX_FILLERS = 3;

function prepositionBefore(ts: TokenStream, j: number, lo: number, lex: CompiledLexicon): number | null {
  for (let k = j - 1; k >= lo && j - k <= MAX_FILLERS + 1; k--) {
    const word = lowerAt(ts, k);
    if (lex.placePrepositions.has(word)) return k;
    if (!lex.placeFillers.has(word)) return null;
  }
  return null;
}

function isRegionWord(word: string, lex: CompiledLexicon): boolean {
  return lex.placeFillers.has(word) && !lex.articles.has(word) && word.length > 3;
}

/**
 * The place a count is scoped to, searched in tokens `from`..`to`: a known place name governed by a
 * place preposition ("in der Region Kursk" → Kursk, "nach Russland" → Russia, "in the Kursk region"
 * → Kursk). A bare or genitive name ("Russlands Armee") is not a scope. With `pick` "first" the
 * match nearest `from` wins, with "last" the one nearest `to`.
 */
export function findPlace(ts: TokenStream, from: number, to: number, lex: CompiledLexicon, pick: "first" | "last"): PlaceMatch | null {
  let found: PlaceMatch | null = null;
  for (let j = Math.max(0, from); j <= to && j < ts.count; j++) {
    const m = matchPhraseForward(ts, j, lex.places, to);
    if (!m) continue;
    const prep = prepositionBefore(ts, j, Math.max(0, from - MAX_FILLERS - 1), lex);
    if (prep === null) continue;
    let last = m.last;
    // Keep a trailing region word in the phrase: "the Kursk region", "der Kursk-Region".
    if (lowerAt(ts, last + 1) === "-" && last + 2 <= to && isRegionWord(lowerAt(ts, last + 2), lex)) last += 2;
    else if (last + 1 <= to && isRegionWord(lowerAt(ts, last + 1), lex)) last += 1;
    found = { place: m.phrase.value, first: prep, last };
    if (pick === "first") return found;
    j = m.last;
  }
  return found;
}
