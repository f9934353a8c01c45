import type { RuleWords } from "./rule-words";

/**
 * Nouns that count places, not people: "Demonstranten aus 20 Ländern", "protesters from 20
 * countries", "in 15 Städten". A count of them is a count of those places, whatever the sentence
 * says people did there (`lib/extract/is-place-count.ts`). Base forms; the lemmatizer finds the rest.
 */
export const PLACE_COUNT_NOUNS: RuleWords = {
  de: [
    "Land", "Länder", "Staat", "Staaten", "Nation", "Nationen", "Stadt", "Städte", "Ort", "Orte", "Gemeinde", "Gemeinden",
    "Dorf", "Dörfer", "Bundesland", "Bundesländer", "Region", "Regionen", "Kreis", "Kreise", "Landkreis", "Landkreise",
    "Bezirk", "Bezirke", "Provinz", "Provinzen", "Kanton", "Kantone", "Standort", "Standorte", "Kontinent", "Kontinente",
  ],
  en: [
    "country", "countries", "nation", "nations", "state", "states", "city", "cities", "town", "towns", "village", "villages",
    "region", "regions", "district", "districts", "county", "counties", "municipality", "municipalities", "province", "provinces",
    "location", "locations", "site", "sites", "continent", "continents",
  ],
};
