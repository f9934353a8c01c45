import { countedNounKey } from "./counted-noun-key";
import type { CompiledLexicon } from "./lexicon/compiled-lexicon";
import { PLACE_COUNT_NOUNS } from "./lexicon/place-count-nouns";

const KEYS: ReadonlySet<string> = new Set(
  (["de", "en"] as const).flatMap((lang) => PLACE_COUNT_NOUNS[lang].map((w) => countedNounKey(w, lang))),
);

/**
 * Whether a counted noun's key ("de:land", "en:citi" for "Städte" too) names places: "protesters from 20
 * countries" counts countries, "gingen in 15 Städten auf die Straße" cities. What people did there
 * is said of the people, not of the places, so the noun decides what the figure counts. The
 * lexicon's place-kind words ("Dorf", "village") name places too.
 */
export function isPlaceCount(key: string, lex: CompiledLexicon): boolean {
  return KEYS.has(key) || lex.placeKindLemmas.has(key.slice(key.indexOf(":") + 1));
}
