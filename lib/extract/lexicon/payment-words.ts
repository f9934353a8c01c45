import type { RuleWords } from "./rule-words";

/**
 * Nouns naming a kind of payment rather than what money buys (`lib/extract/find-amount-subject.ts`):
 * "$5 million in ransom", "€2m in compensation", "2 Mio. Euro an Lösegeld" say what the money is, as
 * "a ransom of $5 million" does; "€37bn in interest", "£300m in flood defences" say what a budget
 * spends on. Lowercase, as written.
 */
export const PAYMENT_NOUNS: RuleWords = {
  en: ["ransom", "ransoms", "compensation", "bail", "bribes", "reward", "rewards", "donations", "royalties"],
  de: ["lösegeld", "lösegelder", "entschädigung", "entschädigungen", "kaution", "bestechungsgelder", "belohnung", "spenden"],
};
