import type { RuleWords } from "./rule-words";

/**
 * Idioms that stand between a noun and "von"/"of" and the amount that measures it
 * (`lib/extract/noun-before-amount-idiom.ts`): "ein Lösegeld in Höhe von 5 Millionen Euro", "a
 * ransom to the tune of $5 million". They say how much, never what: the noun before them does.
 */
export const AMOUNT_IDIOMS: RuleWords = {
  de: ["in höhe"],
  en: ["to the tune"],
};
