import type { RuleWords } from "./rule-words";

/**
 * Facilities a text names together with their town ("at Munich airport", "am Flughafen X", "im Hafen
 * von X", "in the port of X") (`lib/extract/facility-place.ts`): the town is where the figure holds.
 */
export const FACILITY_WORDS: RuleWords = {
  de: ["flughafen", "hafen"],
  en: ["airport", "port", "harbour", "harbor"],
};

/**
 * Prepositions that put a figure at a facility rather than in a place ("at", "am", "auf dem"): they
 * open a place phrase only around a facility word, since "am Samstag", "auf 500", "at least" are none.
 */
export const FACILITY_PREPOSITIONS: RuleWords = { de: ["am", "auf"], en: ["at"] };
