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

/**
 * Endings of nouns for a person by trade or role: "driver", "firefighter", "journalist", "Fahrer",
 * "Feuerwehrmann", "Pflegekraft", "Polizistin". Read only with a person's fate after them, so the
 * odd thing with such an ending ("Feuer", "water") has no fate to be counted by.
 */
export const PERSON_NOUN_ENDINGS: Record<"de" | "en", RegExp> = {
  de: /(?:er|erin|mann|frau|kraft|ist|istin)$/,
  en: /(?:er|or|ist|ian|eer)$/,
};

/** Words with those endings that name no person: "one other", "a number of", "ein Meter". */
export const NOT_PERSON_NOUNS: RuleWords = {
  de: ["meter", "liter", "kilometer", "zentimeter", "feuer", "wasser", "fenster", "ufer", "keller", "zimmer", "lager", "sommer", "winter", "computer", "container"],
  en: ["other", "number", "order", "water", "river", "floor", "door", "quarter", "meter", "metre", "liter", "litre", "matter", "letter", "paper", "shelter", "center", "centre", "tower", "ever", "never", "after", "under", "over"],
};
