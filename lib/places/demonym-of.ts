import { placeIndex } from "./load-place-index";
import type { PlaceLanguage } from "./schema";

let byCountry: Map<string, string> | null = null;

const titleCase = (phrase: string) => phrase.replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());

/**
 * The adjective of a country's people for labels: "ZA" → "South African", "ES" → "Spanish". English
 * only, from the demonym dataset the index is built from. Null when the data has none.
 */
export function demonymOf(country: string, language: PlaceLanguage): string | null {
  if (language !== "en") return null;
  if (!byCountry) {
    byCountry = new Map();
    for (const [form, code] of placeIndex().demonymsEn) if (!byCountry.has(code)) byCountry.set(code, titleCase(form));
  }
  return byCountry.get(country) ?? null;
}
