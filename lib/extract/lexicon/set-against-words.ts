import type { RuleWords } from "./rule-words";

/**
 * Words that set a figure against the one before it in its sentence (`lib/extract/set-against.ts`):
 * "debt would reach €53.6bn by the end of 2032, against the government's forecast of €52.8bn",
 * "Schulden von 41,2 Milliarden Euro Ende 2031 statt der geplanten 40,5 Milliarden Euro".
 */
export const SET_AGAINST_WORDS: RuleWords = {
  de: ["gegenüber", "statt", "anstatt", "anstelle"],
  en: ["against", "versus", "vs", "compared with", "compared to", "instead of", "rather than"],
};
