import type { RuleWords } from "./rule-words";

/**
 * Verbs that allot votes to whoever is named after them (`lib/extract/holder-allotted-after.ts`):
 * "Von ihnen entfielen 109 auf Vogt", "Of those, 109 went to Vogt". German writes the verb before
 * or after the figure and the name after "auf"; English writes the name after "to".
 */
export const ALLOT_VERBS: RuleWords = {
  de: ["entfielen", "entfallen", "entfiel", "entfällt"],
  en: ["went", "go", "goes", "going"],
};

/** The preposition that names the receiver after a verb of allotting: "auf Vogt", "to Vogt". */
export const ALLOT_PREPOSITION: Record<keyof RuleWords, string> = { de: "auf", en: "to" };
