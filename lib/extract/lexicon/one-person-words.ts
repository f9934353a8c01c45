import type { RuleWords } from "./rule-words";

/**
 * One person counted with a word instead of a figure (`lib/extract/read-one-person.ts`): "Ein
 * weiterer Mann erlag seinen Verletzungen", "One man is still missing". The opener is the figure
 * one; an addition word in it ("weiterer", "another", "more") makes the count an addition.
 */
export const ONE_PERSON_OPENERS: RuleWords = {
  de: ["ein", "eine", "ein weiterer", "eine weitere"],
  en: ["one", "another", "one more"],
};

/** Nouns for a single person of no particular group: "Mann", "woman". */
export const ONE_PERSON_NOUNS: RuleWords = {
  de: ["mann", "frau", "person", "mensch"],
  en: ["man", "woman", "person"],
};
