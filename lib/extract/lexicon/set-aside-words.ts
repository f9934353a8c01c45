import type { RuleWords } from "./rule-words";

/**
 * Verbs that put money by for a use (`lib/extract/money-set-aside.ts`): "has set aside €2bn",
 * "earmarked £40m", "stellt 2 Milliarden Euro bereit". Money put by is spent (GUIDE.md: money for a
 * purpose is `spending`), whatever the sentence says it is for.
 */
export const SET_ASIDE_BEFORE: RuleWords = {
  de: ["bereitgestellt", "bereitstellen", "bereitstellt", "bereitstellte", "bereitstellten", "eingeplant", "einplanen",
    // "will 480 Milliarden Euro ausgeben", "sollen 12 Milliarden Euro ausgegeben werden": money spent is spending.
    "ausgeben", "ausgegeben", "auszugeben", "aufwenden", "aufgewendet", "aufzuwenden", "aufgewandt", "verausgabt"],
  en: ["set aside", "sets aside", "setting aside", "earmarked", "earmarks", "earmark", "allocated", "allocates", "allocate"],
};

/** German separable verbs whose particle closes the clause after the money: "stellt 2 Milliarden Euro bereit", "plant … ein". */
export const SET_ASIDE_PARTICLES: RuleWords = {
  de: ["bereit"],
  en: [],
};

/**
 * "gibt 480 Milliarden Euro aus": "aus" closes a clause as the particle of spending only after a form of
 * "geben" ("Die Mittel reichen nicht aus" spends nothing).
 */
export const SPEND_PARTICLE_DE = "aus";
export const GIVE_FORMS_DE: readonly string[] = ["gibt", "gab", "geben", "gaben", "gebe", "gäbe"];

/**
 * Verbs that pledge money to others (`lib/extract/money-set-aside.ts`): "has pledged €40m", "hat 30
 * Millionen Euro zugesagt". A giver's pledge is aid to those it is made to, when nothing else in the
 * sentence says what the money is.
 */
export const PLEDGE_BEFORE: RuleWords = {
  de: ["zugesagt", "zugesichert", "zusagen", "zusichern"],
  en: ["pledged", "pledges", "pledging", "pledge"],
};
