import type { RuleWords } from "./rule-words";

/**
 * A place's population ("Frankfurt hat knapp 776.000 Einwohner", "a town of about 11,000 people") is
 * background, not a claim (`lib/extract/read-population.ts`). Nouns of residents, lowercase as
 * written: a count of them with a word of having is a population, a count of them something happened
 * to ("8.000 Einwohner wurden in Sicherheit gebracht") is not.
 */
export const RESIDENT_NOUNS: RuleWords = {
  de: ["einwohner", "einwohnern", "einwohnerinnen", "bewohner", "bewohnern"],
  en: ["inhabitants", "residents", "people"],
};

/** Verbs and prepositions saying a place has so many residents: "zählt", "hatte", "mit", "has", "home to". */
export const HAVING_WORDS: RuleWords = {
  de: ["hat", "hatte", "haben", "hatten", "zählt", "zählte", "zählen", "mit"],
  en: ["has", "had", "have", "with", "to"],
};

/** English "people" is a resident noun only after a kind of settlement: "a town of 11,000 people". */
export const SETTLEMENT_NOUNS: RuleWords = {
  de: [],
  en: ["town", "city", "village", "municipality", "country", "island", "region", "district", "community"],
};
