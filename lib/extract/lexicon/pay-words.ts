import type { RuleWords } from "./rule-words";

/**
 * Words of pay bargaining (`lib/extract/is-pay-bargaining.ts`): "Management has offered 5.5%", "the
 * union, which is demanding 8%", "8,5 Prozent mehr Lohn". In such a sentence a party's percentage is
 * what it offers or demands, not its share of a vote. Nouns in German (its verbs of demand and offer
 * are read by `read-demanded-amount.ts`), nouns and verb forms in English; lowercase, as written.
 */
export const PAY_WORDS: RuleWords = {
  de: ["lohn", "löhne", "lohnerhöhung", "gehalt", "gehälter", "gehaltserhöhung", "angebot", "forderung", "tarifangebot", "tarifforderung"],
  en: ["pay", "wage", "wages", "salary", "salaries", "offer", "offers", "offered", "offering", "demand", "demands", "demanded", "demanding"],
};
