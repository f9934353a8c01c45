import type { RuleWords } from "./rule-words";

/**
 * Verbs of employing, right before a count of people: "which employs 1,400 people", "das Werk
 * beschäftigt rund 1.400 Menschen". The people are a workforce (`lib/extract/employed-people.ts`),
 * not whoever the news befell.
 */
export const EMPLOY_VERBS: RuleWords = {
  de: ["beschäftigt", "beschäftigte", "beschäftigen", "beschäftigten"],
  en: ["employs", "employed", "employ", "employing"],
};
