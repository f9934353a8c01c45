import type { RuleWords } from "./rule-words";

/**
 * Words of a share written in words (`lib/extract/read-share-in-words.ts`): "two in five voters",
 * "one voter in every five", "three out of four", "vier von zehn Teilnehmenden". The joiner stands
 * between the part and the whole. German "von" joins only number words, English "in" numerals too
 * ("1 in 5"): "12 von 49 Sitzen" is a count.
 */
export const SHARE_JOINERS: RuleWords = {
  de: ["von"],
  en: ["in", "out of"],
};

/** "two in every five kroner": a word between the joiner and the whole. */
export const SHARE_EVERY: RuleWords = {
  de: [],
  en: ["every"],
};

/** "jeder dritte Tote", "every fifth voter": one in the ordinal's number. */
export const EACH_WORDS: RuleWords = {
  de: ["jeder", "jede", "jedes", "jeden", "jedem"],
  en: ["every"],
};

/**
 * Nouns of a fraction that no ordinal makes: "half", "quarter", "die Hälfte". The others come from
 * the language's ordinals ("third", "thirds"; "Drittel", "Fünftel").
 */
export const HALF_NOUNS: RuleWords = { de: ["hälfte"], en: ["half"] };
export const QUARTER_NOUNS: RuleWords = { de: [], en: ["quarter", "quarters"] };

/**
 * What makes a fraction a share of something after it: "a third of the vote", "half the ballots",
 * "ein Drittel der Stimmen", "ein Fünftel davon", "zwei Drittel aller Befragten". Without it
 * "a quarter" may be a time and "ein Viertel" a neighbourhood.
 */
export const SHARE_OF: RuleWords = {
  de: ["der", "des", "aller", "davon", "dieser", "ihrer", "seiner", "jener", "unserer"],
  en: ["of"],
};

/** "half the ballots", "half their members": English "half" needs no "of" before a determiner. */
export const HALF_DETERMINERS: RuleWords = {
  de: [],
  en: ["the", "its", "their", "his", "her", "all", "our", "those"],
};

/**
 * Articles that make "Hälfte" the share ("die Hälfte", "mit der Hälfte der Stimmen"); words before
 * "half" that make it a part of time or of a game instead ("the second half", "the first half of 2031").
 */
export const HALF_ARTICLES: RuleWords = { de: ["die", "der"], en: [] };
export const NOT_BEFORE_HALF: RuleWords = {
  de: [],
  en: ["the", "a", "first", "second", "other", "last", "latter", "former", "this", "that", "each", "one"],
};
