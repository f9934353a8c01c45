import type { RuleWords } from "./rule-words";

/**
 * Verbs that put money by for a use (`lib/extract/money-set-aside.ts`): "has set aside €2bn",
 * "earmarked £40m", "stellt 2 Milliarden Euro bereit". Money put by is spent (GUIDE.md: money for a
 * purpose is `spending`), whatever the sentence says it is for.
 */
export const SET_ASIDE_BEFORE: RuleWords = {
  de: ["bereitgestellt", "bereitstellen", "bereitstellt", "bereitstellte", "bereitstellten", "eingeplant", "einplanen"],
  en: ["set aside", "sets aside", "setting aside", "earmarked", "earmarks", "earmark", "allocated", "allocates", "allocate"],
};

/** German separable verbs whose particle closes the clause after the money: "stellt 2 Milliarden Euro bereit", "plant … ein". */
export const SET_ASIDE_PARTICLES: RuleWords = {
  de: ["bereit"],
  en: [],
};
