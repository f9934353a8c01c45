import type { RuleWords } from "./rule-words";

/**
 * Conjunctions that open a clause of their own between a state and a count after it: "nine people
 * died when two apartment blocks collapsed" says nothing of the blocks dying. Read by
 * lib/extract/read-state.ts (`readStateBefore`). Not relative words ("der", "that"), which may tie
 * the count to the state's clause.
 */
export const CLAUSE_CONJUNCTIONS: RuleWords = {
  de: ["nachdem", "bevor", "weil", "obwohl", "während"],
  en: ["when", "while", "after", "before", "because", "although"],
};
