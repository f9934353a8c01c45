import type { RuleWords } from "./rule-words";

/**
 * The article-numbers that are the figure one before a noun of a toll ("one death", "ein Toter",
 * "einen Verletzten"). English "a" is left out: "a death in the family", "a casualty of the
 * reform" name no count, while "one death" in a toll's report does.
 */
export const ONE_OF_FATE_WORDS: RuleWords = {
  de: ["ein", "eine", "einen", "einem", "einer"],
  en: ["one"],
};
