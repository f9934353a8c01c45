import type { RuleWords } from "./rule-words";
import { GERMAN_GENITIVE_ARTICLES } from "./word-class-words";

/**
 * Who speaks for a body (`lib/extract/body-spoken-for.ts`): "ein Sprecher des Ministeriums", "a
 * spokeswoman for the police". The words that link them to the body follow the nouns.
 */
export const SPOKESPERSON_NOUNS: RuleWords = {
  de: ["sprecher", "sprechers", "sprecherin", "sprecherinnen"],
  en: ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"],
};

/** "Sprecher des Ministeriums", "spokesman for the ministry": the word after the noun that names whom it speaks for. */
export const SPOKEN_FOR_LINKS: RuleWords = {
  de: GERMAN_GENITIVE_ARTICLES,
  en: ["for", "of"],
};
