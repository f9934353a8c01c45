import type { RuleWords } from "./rule-words";

/**
 * Words that put a figure in what is still to come (`lib/extract/as-of-ahead.ts`), beside the words
 * of planning (plan-ahead-words.ts): expecting ("rechnet am Samstag mit 50.000", "expects 12,000
 * services to be cancelled on Tuesday") and the future seen from a past report ("said 80% of trains
 * would be cancelled on Tuesday").
 */
export const EXPECT_AHEAD: RuleWords = {
  de: ["rechnet", "rechnen", "erwartet", "erwarten", "geplant", "angekündigt"],
  en: ["expect", "expects", "expecting", "would", "forecast", "forecasts", "projected"],
};

/**
 * German words that turn "soll"/"sollen" into hearsay of the past ("sollen am Samstag drei
 * Menschen getötet worden sein", "soll am Freitag 2.000 Euro gezahlt haben"): "worden" and
 * "gewesen" always, "haben"/"sein" after a participle in ge-.
 */
export const PAST_HEARSAY: readonly string[] = ["worden", "gewesen"];
export const PERFECT_AUXILIARIES: readonly string[] = ["haben", "sein"];
