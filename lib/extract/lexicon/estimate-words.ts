import type { RuleWords } from "./rule-words";

/**
 * Reports that estimate shares (`lib/extract/carried-estimate-source.ts`, `read-claimant-cue.ts`):
 * a projection or a poll ("Hochrechnung", "exit poll"). An official result ("nach dem vorläufigen
 * Endergebnis", "the preliminary result") states its shares, and the news gives the rest as fact.
 */
export const ESTIMATE_NOUNS: RuleWords = {
  de: ["hochrechnung", "hochrechnungen", "prognose", "prognosen", "umfrage", "umfragen", "befragung", "nachwahlbefragung", "wählerbefragung"],
  en: ["projection", "projections", "poll", "polls", "survey", "surveys", "forecast"],
};
