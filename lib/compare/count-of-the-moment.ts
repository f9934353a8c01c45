import { MOMENT_QUALIFIERS } from "@/lib/extract/lexicon/moment-count-words";

const MOMENT = new Set(MOMENT_QUALIFIERS);

/**
 * True for a qualifier that makes a toll's figure a count of the moment: those "in intensive care"
 * or "in hospital" now. Patients go home, so that count may fall on a later day, though the toll
 * it belongs to (the injured, the sick) only grows. Case does not matter. Never throws.
 */
export function isCountOfTheMoment(qualifier: string): boolean {
  return MOMENT.has(qualifier.trim().toLowerCase());
}
