import type { RuleWords } from "./rule-words";

/**
 * Prepositions that put a day ahead, as the day something is planned for (`lib/extract/named-event-date.ts`):
 * "kündigten für Dienstag, den 30. Mai, einen Aktionstag an", "called a day of action for Tuesday, May 30",
 * "rechnet für die Großdemonstration am Samstag mit …".
 */
export const PLAN_PREPOSITIONS: RuleWords = { de: ["für"], en: ["for"] };
