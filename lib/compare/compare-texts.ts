import type { TextValue } from "@/lib/claims/schema";
import { normalizeText } from "./normalize-text";
import type { ValueComparison } from "./value-comparison";

/**
 * Compares names and free text after normalizeText: equal or not, nothing in between (a partial
 * match of two names is still two different answers). Never throws.
 */
export function compareTexts(a: TextValue, b: TextValue): ValueComparison {
  if (normalizeText(a.text) === normalizeText(b.text)) {
    const why = a.text === b.text ? a.text : `${a.text} (ignoring case, accents and punctuation)`;
    return { relation: "identical", why, separation: 0 };
  }
  return { relation: "disjoint", why: "they give different answers", separation: 1 };
}
