import { CappedMemo } from "../cache/capped-memo";
import { germanAdjectiveCountry } from "./german-adjectives";
import { germanInhabitantCountry } from "./german-inhabitants";
import { placeIndex } from "./load-place-index";
import { foldName, joinTokens } from "./normalize-name";
import type { PlaceIndex } from "./place-index";
import type { PlaceLanguage } from "./schema";

/** A nationality adjective found in a token list: its country and how many tokens it spans. */
export type AdjectiveMatch = { country: string; length: number };

// Bounded so that a long-running process reading endless text cannot grow the memo without limit.
const MEMO_LIMIT = 50_000;
const germanMemo = new CappedMemo<string, string | null>(MEMO_LIMIT);
const inhabitantsMemo = new CappedMemo<string, string | null>(MEMO_LIMIT);
const phraseMemo: Record<PlaceLanguage, CappedMemo<string, string | null>> = { de: new CappedMemo(MEMO_LIMIT), en: new CappedMemo(MEMO_LIMIT) };

function germanCountry(index: PlaceIndex, word: string): string | null {
  return germanMemo.get(word, index, readGermanCountry);
}

function readGermanCountry(word: string, index: PlaceIndex): string | null {
  return word.includes("sch") ? germanAdjectiveCountry(word, index.german) : null;
}

function englishPhrase(index: PlaceIndex, phrase: string): string | null {
  const folded = foldName(phrase);
  // "Italians", "South Africans": the plural noun of a known demonym.
  return index.demonymsEn.get(folded) ?? (folded.endsWith("s") ? (index.demonymsEn.get(folded.slice(0, -1)) ?? null) : null);
}

function englishAt(index: PlaceIndex, tokens: readonly string[], i: number): AdjectiveMatch | null {
  const first = tokens[i]!;
  if (!index.demonymFirstWords.has(first) && !(first.endsWith("s") && index.demonymFirstWords.has(first.slice(0, -1)))) return null;
  // Hyphens are tokens of their own, so a demonym of n words spans up to 2n − 1 tokens.
  for (let length = Math.min(index.demonymMaxWords * 2 - 1, tokens.length - i); length >= 1; length--) {
    if (tokens[i + length - 1] === "-") continue;
    const country = englishPhrase(index, joinTokens(tokens, i, length));
    if (country) return { country, length };
  }
  return null;
}

/** A German hyphen compound "US-amerikanische", "deutsch-französische": the head decides whether it is one country. */
function germanCompound(index: PlaceIndex, head: string, tail: string): AdjectiveMatch | null | "two countries" {
  const country = germanCountry(index, tail);
  if (!country) return null;
  const headPlace = index.named(head)?.[0] ?? index.namedExactly(head.toUpperCase())?.[0];
  const headCountry = germanCountry(index, head) ?? (headPlace?.kind === "country" ? headPlace.country : null);
  return headCountry && headCountry !== country ? "two countries" : { country, length: 3 };
}

function germanAt(index: PlaceIndex, tokens: readonly string[], i: number): AdjectiveMatch | null {
  const word = tokens[i]!;
  if (tokens[i + 1] === "-" && tokens[i + 2] !== undefined) {
    const compound = germanCompound(index, word, tokens[i + 2]!);
    if (compound === "two countries") return null;
    if (compound) return compound;
  }
  const country = germanCountry(index, word);
  return country ? { country, length: 1 } : null;
}

/**
 * The nationality adjective or demonym starting at `tokens[i]` (lowercase words, hyphens as tokens of
 * their own, as lib/extract's tokenizer gives them): "sri", "lankan" → LK over 2 tokens;
 * "us", "-", "amerikanische" → US over 3; "mexikanischen" → MX over 1. A pair of countries
 * ("deutsch-französische", "French-German") is no single country: null. Null when none starts here.
 */
export function matchAdjectiveAt(tokens: readonly string[], i: number, language: PlaceLanguage): AdjectiveMatch | null {
  if (i < 0 || i >= tokens.length) return null;
  const index = placeIndex();
  if (language === "de") return germanAt(index, tokens, i);
  const match = englishAt(index, tokens, i);
  if (!match) return null;
  const next = i + match.length;
  if (tokens[next] === "-" && tokens[next + 1] !== undefined) {
    const other = englishAt(index, tokens, next + 1);
    if (other && other.country !== match.country) return null;
  }
  return match;
}

const WORD_PARTS = /\s*(-)\s*|\s+/;

/**
 * The country a nationality adjective or demonym names: "mexikanischen" / "Mexican" → "MX",
 * "US-amerikanische" → "US", "Polish" → "PL". The whole of `words` must be the adjective. Null for
 * anything else, and for adjectives of two countries. Memoized.
 */
export function countryOfAdjective(words: string, language: PlaceLanguage): string | null {
  return phraseMemo[language].get(words, language, readCountryOfAdjective);
}

function readCountryOfAdjective(words: string, language: PlaceLanguage): string | null {
  const tokens = words
    .toLowerCase()
    .split(WORD_PARTS)
    .filter((t): t is string => !!t);
  const match = tokens.length ? matchAdjectiveAt(tokens, 0, language) : null;
  return match && match.length === tokens.length ? match.country : null;
}

/** The country whose people a German noun names ("Italiener" → "IT", "Griechen" → "GR"), or null. */
export function countryOfGermanInhabitants(word: string): string | null {
  return inhabitantsMemo.get(word, placeIndex(), readInhabitants);
}

function readInhabitants(word: string, index: PlaceIndex): string | null {
  return germanInhabitantCountry(word, index.german);
}
