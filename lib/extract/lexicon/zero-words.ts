import type { RuleWords } from "./rule-words";

/** "no seats", "keine Festnahmen": words that make the counted noun after them a count of zero (`lib/extract/read-zero-count.ts`). */
export const ZERO_WORDS: RuleWords = { de: ["kein", "keine", "keinen", "keinem", "keiner", "keines"], en: ["no"] };
