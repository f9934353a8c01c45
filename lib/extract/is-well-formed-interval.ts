import type { QuantityValue } from "@/lib/claims/schema";

/**
 * True when the interval can contain something: bounds are numbers or open (null), min ≤ max, and a
 * point interval [n, n] is closed on both sides. An open bound is never inclusive.
 */
export function isWellFormedInterval(v: QuantityValue): boolean {
  if (v.min !== null && !Number.isFinite(v.min)) return false;
  if (v.max !== null && !Number.isFinite(v.max)) return false;
  if (v.min === null && v.minInclusive) return false;
  if (v.max === null && v.maxInclusive) return false;
  if (v.min === null || v.max === null) return true;
  if (v.min > v.max) return false;
  return v.min < v.max || (v.minInclusive && v.maxInclusive);
}
