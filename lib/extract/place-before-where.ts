import { resolvePlace, unknownPlace } from "@/lib/places";
import { findPlace, type PlaceMatch } from "./find-place";
import type { CompiledLexicon } from "./lexicon";
import { TokenKind, isCapitalized, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

// A relative adverb of place: the clause it opens is about the place its comma closes.
const WHERE = new Set(["where", "wo"]);
const AND = new Set(["and", "und"]);
// Place names before the comma, joined by "and": "near Zwolle and Groningen, where …".
const MAX_NAMES = 3;
// Prepositions that put an act at a place rather than measure from it.
const SCENE = new Set(["near", "in", "at", "around", "outside", "across", "bei", "nahe", "um"]);
// How far before the comma a place phrase ("in der Stadt Linz", "in Cork South-West") may begin.
const PHRASE_REACH = 8;

/**
 * The place a figure's clause opened by "where"/"wo" refers back to: "Convoys blocked motorways near
 * Zwolle and Groningen, where police counted some 600 tractors", "…nach Linz, wo sich 4.000
 * versammelten". Only names the gazetteer knows count (German capitalizes every noun: "in der Halle,
 * wo …" names no place). Two or more joined by "and" are one place of their own, narrower than the
 * whole and apart from each of them, as no gazetteer knows their union.
 * @param clauseFirst the first token of the figure's clause (the "where").
 */
export function placeBeforeWhere(ts: TokenStream, clauseFirst: number, sentenceFirst: number, lex: CompiledLexicon, hint: readonly string[]): PlaceMatch | null {
  if (!WHERE.has(lowerAt(ts, clauseFirst)) || tokenAt(ts, clauseFirst - 1) !== ",") return null;
  // "in Cork South-West, where …": a place phrase the readers know, ending at the comma.
  const phrase = findPlace(ts, Math.max(sentenceFirst, clauseFirst - 1 - PHRASE_REACH), clauseFirst - 2, lex, "last", hint);
  if (phrase) return phrase.last === clauseFirst - 2 ? phrase : null;
  const names: number[] = [];
  let j = clauseFirst - 2;
  while (j >= sentenceFirst && names.length < MAX_NAMES && ts.kind[j] === TokenKind.word && isCapitalized(ts, j) && !isJoined(ts, j)) {
    names.unshift(j);
    if (!AND.has(lowerAt(ts, j - 1))) break;
    j -= 2;
  }
  // "near Zwolle, where …" is the scene; "30 km from Split, where …" names a landmark, and the
  // clause may be about the town the distance was measured for.
  if (names.length === 0 || names[0] === sentenceFirst || !SCENE.has(lowerAt(ts, names[0]! - 1))) return null;
  const places = names.map((k) => resolvePlace(tokenAt(ts, k), lex.language, { countries: hint }));
  if (places.some((p) => p === null)) return null;
  const first = names[0]!;
  const last = names[names.length - 1]!;
  const place = places.length === 1 ? places[0]! : unknownPlace(ts.text.slice(ts.start[first], ts.end[last]));
  return { place, first, last };
}
