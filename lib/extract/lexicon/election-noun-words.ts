import type { RuleWords } from "./rule-words";

/**
 * Nouns of a vote (`lib/extract/place-of-election.ts`): "die Bürgerschaftswahl in Bremen", "the state
 * election in Hesse", "das Referendum in X". German compounds ending in "wahl"/"wahlen" count too.
 */
export const ELECTION_NOUNS: RuleWords = {
  de: ["wahl", "wahlen", "abstimmung", "volksabstimmung", "referendum", "volksentscheid"],
  en: ["election", "elections", "vote", "referendum", "ballot", "poll", "polls"],
};
