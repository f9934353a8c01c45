import type { QuantityValue } from "@/lib/claims/schema";

// Shares and rates ("%", percentage points, anything "per" something) and levels read on a scale
// (a river's height, a temperature) do not add up over places or groups: a district's 40 percent
// can lie above the city's 31.
const NOT_ADDITIVE = /^(?:%|pp|m|cm|°.*)$|\//;

/**
 * True when parts of the quantity add up to the whole's (a count, money, an area, a weight), so
 * that a part can never exceed its whole; false for shares, rates and levels. Never throws.
 */
export function isAdditive(value: QuantityValue): boolean {
  return !value.unit || !NOT_ADDITIVE.test(value.unit);
}

/**
 * True for a qualifier that makes a figure a rate: "per resident", "per head", as qualifiers are
 * written (in English, see lib/extract's per-capita reading). Case does not matter. Never throws.
 */
export function isRateQualifier(qualifier: string): boolean {
  return /^per\s/i.test(qualifier.trim());
}
