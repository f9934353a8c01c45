import type { QuantityValue } from "@/lib/claims/schema";

// A figure's digits as written: "1.5", "1,5", "96", "12"; a run with more separators ("1,482,000")
// or a separator before three digits ("10.000", "1,500") is a figure written in full.
const DIGITS = /(?<![\d.,])(\d+)(?:[.,](\d+))?(?![.,]?\d)/g;
// A scale word multiplies by a power of a thousand ("million", "Mrd.", "bn", "k", "tausend").
const SCALES = [3, 6, 9, 12];

/**
 * The range a round figure stands for, read from how precisely its quote states it: "1.5 million"
 * is written to the hundred thousand, so it stands for 1,450,000 to 1,550,000, and "€96bn" for
 * 95.5bn to 96.5bn; "1,482,000" or "10.000" are written in full and stand for themselves.
 * Only an exact figure is widened (a hedged one already carries its range), and only when its
 * quote writes the figure with fewer digits than its value has, scaled by a power of a thousand.
 * @returns null when the figure is not a rounded one.
 */
export function widenToStatedPrecision(value: QuantityValue, quote: string): QuantityValue | null {
  const v = value.min;
  if (v === null || v !== value.max || !value.minInclusive || !value.maxInclusive || v === 0) return null;
  for (const m of quote.matchAll(DIGITS)) {
    const [, whole, fraction = ""] = m;
    if (fraction.length === 3) continue;
    const written = Number(`${whole}.${fraction || "0"}`);
    for (const scale of SCALES) {
      if (Math.abs(written * 10 ** scale - Math.abs(v)) > Math.abs(v) * 1e-9) continue;
      const half = 10 ** (scale - fraction.length) / 2;
      return { ...value, min: v - half, max: v + half };
    }
  }
  return null;
}
