import type { QuantityValue } from "@/lib/claims/schema";
import { tolerances } from "./lexicon/tolerances";
import type { HedgeKind } from "./lexicon/types";

// Float noise ("8000 * 0.9 = 7200.000000000001") would make equal intervals compare unequal. The
// callers clamp the result to n, since rounding a tiny n could otherwise cross it.
function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The interval a hedged number stands for: "mehr als 10.000" → (10000, ∞), "fast 10.000" →
 * [9000, 10000), "etwa 8.000" → [7200, 8800], "bis zu 5.000" → [0, 5000]. Counts are never negative,
 * so open-below hedges start at 0. The fuzzy widths come from `lexicon/tolerances.ts`.
 */
export function hedgeToInterval(n: number, hedge: HedgeKind, unit?: string): QuantityValue {
  let min: number | null = n;
  let max: number | null = n;
  let minInclusive = true;
  let maxInclusive = true;
  switch (hedge) {
    case "above":
    case "atLeast":
      max = null;
      maxInclusive = false;
      minInclusive = hedge === "atLeast";
      break;
    case "justAbove":
      max = Math.max(n, clean(n + Math.abs(n) * tolerances.justAbove));
      minInclusive = false;
      break;
    case "about":
      min = Math.min(n, clean(n - Math.abs(n) * tolerances.about));
      max = Math.max(n, clean(n + Math.abs(n) * tolerances.about));
      break;
    case "justBelow":
      min = Math.min(n, clean(n - Math.abs(n) * tolerances.justBelow));
      maxInclusive = false;
      break;
    case "below":
    case "atMost":
    case "upTo":
      min = Math.min(0, n);
      maxInclusive = hedge !== "below";
      break;
    case "exact":
      break;
  }
  // "fast 0" or "unter 0" would be the empty [0, 0); a point is the closest well-formed reading.
  if (min === max) minInclusive = maxInclusive = true;
  const value: QuantityValue = { kind: "quantity", min, max, minInclusive, maxInclusive };
  if (unit) value.unit = unit;
  return value;
}
