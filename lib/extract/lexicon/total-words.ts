import type { RuleWords } from "./rule-words";

/**
 * Words that make a figure a total over several places (`lib/extract/is-total-clause.ts`): "in
 * allen Häfen zusammen 4.700", "insgesamt warteten mindestens 45 Schiffe", "8,000 across all
 * ports", "in all, 2,800 workers". Lowercase phrases, as written.
 */
export const TOTAL_WORDS: RuleWords = {
  de: ["insgesamt", "zusammen", "zusammengenommen", "in allen", "an allen", "aus allen", "in sämtlichen", "an sämtlichen"],
  en: ["in all", "in total", "a total of", "altogether", "combined", "across all", "at all", "in every", "across every"],
};
