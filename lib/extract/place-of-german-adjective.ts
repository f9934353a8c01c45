import { resolvePlace, type Place } from "@/lib/places";

/**
 * German names a city's things with an adjective in -er: "in der Wiener Innenstadt", "auf dem
 * Grazer Hauptplatz", "Münchner", "Bremer", "Dresdner". The city is the word without its ending, or
 * with -en for one (Bremen, München, Dresden). Null when no city of the gazetteer answers; a country
 * is named by other adjectives (lib/places countryOfAdjective).
 */
export function placeOfGermanAdjective(word: string, countries: readonly string[]): Place | null {
  if (!word.endsWith("er") || word.length < 5 || word.includes("-")) return null;
  for (const city of [word.slice(0, -2), `${word.slice(0, -2)}en`, `${word.slice(0, -3)}en`]) {
    const place = resolvePlace(city, "de", { countries });
    if (place && place.kind !== "country") return place;
  }
  return null;
}
