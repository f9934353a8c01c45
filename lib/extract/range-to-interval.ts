import type { QuantityValue } from "@/lib/claims/schema";

/**
 * The closed interval of a range ("zwischen 9.000 und 11.000", "11,500 to 13,000", "Tausende" as
 * [2000, 9999]). Bounds written in the wrong order are swapped rather than rejected.
 */
export function rangeToInterval(a: number, b: number, unit?: string): QuantityValue {
  return {
    kind: "quantity",
    min: Math.min(a, b),
    max: Math.max(a, b),
    minInclusive: true,
    maxInclusive: true,
    ...(unit ? { unit } : {}),
  };
}
