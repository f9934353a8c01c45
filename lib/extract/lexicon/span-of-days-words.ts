import type { RuleWords } from "./rule-words";

/**
 * Phrases naming the weekend gone as the span a figure covers (`lib/extract/read-span-of-days.ts`):
 * "Am Wochenende nahm die Polizei 29 Menschen fest", "police made 40 arrests over the weekend".
 */
export const WEEKEND_SPAN: RuleWords = {
  de: ["am wochenende", "übers wochenende", "über das wochenende", "am vergangenen wochenende"],
  en: ["over the weekend", "at the weekend", "on the weekend", "last weekend"],
};

/**
 * Words before a count of days that make it the span a figure covers, the days the report looks back
 * on (`lib/extract/read-span-of-days.ts`): "an beiden Tagen", "an allen drei Tagen", "over the two
 * days", "on each of the three days". The count (a number word or digits) follows them, then the
 * day noun ("Tagen", "days").
 */
export const DAYS_SPAN_LEADS: RuleWords = {
  de: ["an den", "an allen", "an", "über die"],
  en: ["over the", "on each of the", "across the", "during the", "on"],
};

/** "beiden", "both": a count of two written as a word of its own. */
export const BOTH_DAYS: RuleWords = {
  de: ["beiden"],
  en: ["both"],
};

/** The day noun closing a count of days. */
export const DAY_NOUNS: RuleWords = {
  de: ["tagen", "tage"],
  en: ["days"],
};

/**
 * Phrases right after a figure that put it on the day before the one the sentence speaks of
 * (`lib/extract/read-span-of-days.ts`): "up from 25,000 a day earlier", "nach 9.000 am Vortag".
 */
export const DAY_BEFORE: RuleWords = {
  de: ["am vortag", "tags zuvor", "einen tag zuvor", "einen tag vorher", "am tag zuvor"],
  en: ["a day earlier", "the day before", "the previous day", "one day earlier", "a day before"],
};
