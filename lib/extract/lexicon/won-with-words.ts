import type { RuleWords } from "./rule-words";

/**
 * Verbs after which "with" and a share give the share a candidate or party won with
 * (`lib/extract/share-won-with.ts`): "She won the runoff with 52.4%", "He carried the old town with
 * 58.3%", "had finished second with 31.7%", "Sie gewann ihren Wahlkreis mit 61,2 Prozent".
 */
export const WON_WITH_VERBS: RuleWords = {
  de: ["gewann", "gewannen", "gewinnt", "gewinnen", "holte", "holten", "holt", "eroberte", "eroberten", "erobert"],
  en: ["won", "wins", "win", "carried", "carries", "took", "takes", "finished", "finishes", "came", "comes", "ended", "ends", "placed", "led", "leads", "topped", "tops"],
};

/** Auxiliaries between the subject and the verb: "she had finished first", "Labour has won". */
export const WON_WITH_AUXILIARIES: RuleWords = {
  de: ["hat", "hatte", "haben", "hatten"],
  en: ["had", "has", "have", "was", "is"],
};

/** Personal pronouns standing for a candidate: "she had finished first with 36.9%". */
export const CANDIDATE_PRONOUNS: RuleWords = {
  de: ["sie", "er"],
  en: ["she", "he"],
};

/**
 * German determiners only an object takes (masculine accusative): "gewann den Wahlkreis", "holte
 * seinen Heimatbezirk". After the verb they open what was won, never who won it.
 */
export const OBJECT_DETERMINERS: readonly string[] = ["den", "einen", "ihren", "seinen", "unseren", "deren"];
