import type { RuleWords } from "./rule-words";

/**
 * Words that make an amount a part of the amount named just before it in its sentence (read by
 * lib/extract/read-part-of-cut.ts): "ein Sparpaket über 6,4 Mrd. Euro, davon 2,1 Mrd. Euro bei
 * Förderungen", "savings of €6.4bn, of which €2.1bn from subsidies".
 */
export const PART_BEFORE: RuleWords = {
  de: ["davon", "darunter", "wovon"],
  en: ["of which", "including", "among them"],
};
// After the amount and its unit: "2,1 Mrd. Euro davon entfallen auf …", "€2.1bn of it".
export const PART_AFTER: RuleWords = {
  de: ["davon"],
  en: ["of it", "of that", "of this"],
};

/** After a figure, the word that makes it a part of a group: "Five of the dead", "drei der Verletzten", "zwei von ihnen". */
export const PART_OF_GROUP: RuleWords = {
  de: ["von", "der", "den"],
  en: ["of"],
};
