import type { RuleWords } from "./rule-words";

/**
 * German folds a source into a compound of its account (`lib/extract/read-compound-source.ts`): "nach
 * Polizeiangaben", "nach Gewerkschaftsangaben", "nach Verdi-Angaben", "laut Veranstalterschätzungen".
 * The prepositions that open such a source, and the account nouns that close the compound (lowercase).
 * English writes the source apart ("according to police estimates"), so it has none.
 */
export const COMPOUND_SOURCE_OPENERS: RuleWords = { de: ["nach", "laut"], en: [] };
export const COMPOUND_SOURCE_ACCOUNTS: RuleWords = { de: ["angaben", "schätzungen", "zählungen"], en: [] };
