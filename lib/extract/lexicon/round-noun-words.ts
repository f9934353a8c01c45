import type { RuleWords } from "./rule-words";

/**
 * Nouns of a round of voting (`lib/extract/read-holder.ts`): "Im ersten Wahlgang hatte sie 44,7
 * Prozent", "In der Stichwahl kam sie auf 52,3 Prozent", "In the runoff she won 52.3%". A round says
 * when a share was counted, never who holds it or what it is of.
 */
export const ROUND_NOUNS: RuleWords = {
  de: ["wahlgang", "wahlgangs", "durchgang", "durchgangs", "runde", "stichwahl", "urnengang", "urnengangs"],
  en: ["round", "runoff", "run-off", "ballot"],
};

/**
 * Verbs of holding a share that the gain verbs leave out (`lib/extract/share-of-round.ts`): "Im
 * ersten Wahlgang hatte sie 44,7 Prozent". English "had" is a gain verb already.
 */
export const ROUND_HOLDING_VERBS: RuleWords = {
  de: ["hatte", "hatten", "hat", "haben"],
  en: [],
};
