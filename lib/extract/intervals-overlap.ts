import type { QuantityValue } from "@/lib/claims/schema";

// Does the upper end `hi` of one interval reach the lower end `lo` of the other? When they touch at
// the same number both must include it: [9000, 10000) and (10000, ∞) do not overlap.
function reaches(hi: number | null, hiInclusive: boolean, lo: number | null, loInclusive: boolean): boolean {
  if (hi === null || lo === null) return true;
  if (hi > lo) return true;
  return hi === lo && hiInclusive && loInclusive;
}

/**
 * True when some number lies in both intervals, i.e. two claims can both be true: "fast 10.000"
 * [9000, 10000) and "mehr als 10.000" (10000, ∞) cannot; "etwa 8.000" and "mehrere Tausend" can.
 */
export function intervalsOverlap(a: QuantityValue, b: QuantityValue): boolean {
  return reaches(a.max, a.maxInclusive, b.min, b.minInclusive) && reaches(b.max, b.maxInclusive, a.min, a.minInclusive);
}
