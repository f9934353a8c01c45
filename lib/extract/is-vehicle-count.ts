import { countedNounKey } from "./counted-noun-key";
import { VEHICLE_NOUNS } from "./lexicon/vehicle-nouns";

const KEYS: ReadonlySet<string> = new Set(
  (["de", "en"] as const).flatMap((lang) => VEHICLE_NOUNS[lang].map((w) => countedNounKey(w, lang))),
);

/**
 * Whether a counted noun's key ("en:taxi", "de:wag", "en:tractor" for "Traktoren") names vehicles: "more than 4,000 taxis had
 * joined" counts taxis, not protesters, though taxis join only with their drivers. A state said of
 * people (joined, took part, were evacuated) leaves such a count a count of vehicles, so a union's
 * taxis and the police's taxis stay one facet apart from the drivers counted beside them.
 */
export function isVehicleCount(key: string): boolean {
  return KEYS.has(key);
}
