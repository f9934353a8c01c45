import type { RuleWords } from "./rule-words";

/**
 * Words that make an article one about a vote (`lib/extract/vote-context.ts`), besides the nouns of a
 * vote itself (election-noun-words.ts) and the words for a party or candidate (`holderNouns`): a
 * poll of voting intention, a projection, a count of votes or seats.
 */
export const VOTE_CONTEXT_WORDS: RuleWords = {
  de: ["umfrage", "umfragen", "wahlumfrage", "hochrechnung", "hochrechnungen", "prognose", "stimmenanteil", "wahlergebnis", "sitze", "mandate", "wahlkreis", "wahlkreisen"],
  en: ["polling", "exit", "projection", "projections", "seats", "constituency", "constituencies", "precinct", "precincts", "turnout"],
};
