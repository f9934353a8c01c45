import type { ClaimValue } from "@/lib/claims/schema";
import { compareDates } from "./compare-dates";
import { compareQuantities } from "./compare-quantities";
import { compareTexts } from "./compare-texts";
import type { ValueComparison } from "./value-comparison";

/**
 * Compares two values of one kind.
 * @returns null when the kinds differ (a date and a number answer different questions).
 */
export function compareValues(a: ClaimValue, b: ClaimValue): ValueComparison | null {
  if (a.kind === "quantity" && b.kind === "quantity") return compareQuantities(a, b);
  if (a.kind === "date" && b.kind === "date") return compareDates(a, b);
  if (a.kind === "text" && b.kind === "text") return compareTexts(a, b);
  return null;
}
