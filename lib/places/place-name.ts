import { placeIndex } from "./load-place-index";
import type { PlaceKey, PlaceLanguage } from "./schema";

let displayNames: Record<PlaceLanguage, Intl.DisplayNames> | null = null;

/**
 * The country's name in `language`, from CLDR as Node's ICU carries it ("PL" → "Polen" /
 * "Poland"); the code itself when the data does not know it.
 */
export function countryName(iso: string, language: PlaceLanguage): string {
  const code = iso.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return iso;
  displayNames ??= {
    de: new Intl.DisplayNames(["de"], { type: "region", fallback: "none" }),
    en: new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }),
  };
  return displayNames[language].of(code) ?? code;
}

/**
 * A place key as people read it in `language`: "PL" → "Polen", "CZ/Prague" → "Prag",
 * "ES/Murcia" → "Murcia", "?/Lauterbrunn" → "Lauterbrunn". A key the data no longer knows shows its name part.
 */
export function placeName(key: PlaceKey, language: PlaceLanguage): string {
  if (key.length === 2) return countryName(key, language);
  const slash = key.indexOf("/");
  if (slash < 0) return key;
  if (key.startsWith("?/")) return key.slice(2);
  const row = placeIndex().byKey(key);
  if (!row) return key.slice(slash + 1);
  return language === "de" ? row.de : row.en;
}
