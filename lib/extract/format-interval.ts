import type { QuantityValue } from "@/lib/claims/schema";

/** An interval in mathematical notation for hovers and reasons: "[9000, 10000)", "(10000, ∞)". */
export function formatInterval(v: QuantityValue): string {
  const lo = v.min === null ? "(−∞" : `${v.minInclusive ? "[" : "("}${v.min}`;
  const hi = v.max === null ? "∞)" : `${v.max}${v.maxInclusive ? "]" : ")"}`;
  return `${lo}, ${hi}`;
}
