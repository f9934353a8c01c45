import type { QuantityValue } from "@/lib/claims/schema";
import { tolerances } from "./lexicon/tolerances";
import type { HedgeKind } from "./lexicon/types";

// Float noise ("8000 * 0.9 = 7200.000000000001") would make equal intervals compare unequal.
function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The interval a hedged number stands for: "mehr als 10.000" → (10000, ∞), "fast 10.000" →
 * [9000, 10000), "etwa 8.000" → [7200, 8800], "bis zu 5.000" → [0, 5000]. Counts are never negative,
 * so open-below hedges start at 0. The fuzzy widths come from `lexicon/tolerances.ts`.
 */
export function hedgeToInterval(n: number, hedge: HedgeKind, unit?: string): QuantityValue {
  const v = rawInterval(n, hedge, unit);
  // "fast 0" or "unter 0" would be the empty [0, 0); a point is the closest well-formed reading.
  if (v.min !== null && v.min === v.max) return { ...v, minInclusive: true, maxInclusive: true };
  return v;
}

function rawInterval(n: number, hedge: HedgeKind, unit?: string): QuantityValue {
  const base = { kind: "quantity" as const, ...(unit ? { unit } : {}) };
  const low = Math.min(0, n);
  switch (hedge) {
    case "above":
      return { ...base, min: n, max: null, minInclusive: false, maxInclusive: false };
    case "atLeast":
      return { ...base, min: n, max: null, minInclusive: true, maxInclusive: false };
    case "justAbove":
      return { ...base, min: n, max: clean(n + Math.abs(n) * tolerances.justAbove), minInclusive: false, maxInclusive: true };
    case "about": {
      const spread = Math.abs(n) * tolerances.about;
      return { ...base, min: clean(n - spread), max: clean(n + spread), minInclusive: true, maxInclusive: true };
    }
    case "justBelow":
      return { ...base, min: clean(n - Math.abs(n) * tolerances.justBelow), max: n, minInclusive: true, maxInclusive: false };
    case "below":
      return { ...base, min: low, max: n, minInclusive: true, maxInclusive: false };
    case "atMost":
    case "upTo":
      return { ...base, min: low, max: n, minInclusive: true, maxInclusive: true };
    case "exact":
      return { ...base, min: n, max: n, minInclusive: true, maxInclusive: true };
  }
}
