import type { RuleWords } from "./rule-words";

/**
 * Modal verbs, which stand between a subject and the verb that says what it does ("Schools will
 * receive €12bn", "Die Bundeswehr soll 52 Milliarden Euro erhalten"). English "to" stands where a
 * modal would ("are set to shrink").
 */
export const MODAL_VERBS: RuleWords = {
  en: ["will", "would", "could", "may", "might", "should", "to", "can"],
  de: ["soll", "sollen", "sollte", "sollten", "wird", "werden", "würde", "würden", "dürfte", "dürften", "kann", "können", "könnte", "könnten", "muss", "müssen"],
};
