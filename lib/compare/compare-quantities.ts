import type { QuantityValue } from "@/lib/claims/schema";
import { describeValue } from "./describe-value";
import { formatNumber } from "./format-number";
import type { ValueComparison } from "./value-comparison";

/** One end of an interval; null stands for an open end (−∞ or +∞). */
type Bound = { value: number; inclusive: boolean } | null;

const lowerOf = (q: QuantityValue): Bound => (q.min === null ? null : { value: q.min, inclusive: q.minInclusive });
const upperOf = (q: QuantityValue): Bound => (q.max === null ? null : { value: q.max, inclusive: q.maxInclusive });
const n = (x: number) => formatNumber(x, "en");
const isPoint = (q: QuantityValue) => q.min !== null && q.min === q.max && q.minInclusive && q.maxInclusive;

/** Every value up to `upper` lies below every value from `lower` (the bounds share no value). */
function below(upper: Bound, lower: Bound): boolean {
  if (upper === null || lower === null) return false;
  return upper.value < lower.value || (upper.value === lower.value && !(upper.inclusive && lower.inclusive));
}

function sameBound(x: Bound, y: Bound): boolean {
  return x === null || y === null ? x === y : x.value === y.value && x.inclusive === y.inclusive;
}

function tighter(x: Bound, y: Bound, prefer: (a: number, b: number) => boolean): Bound {
  if (x === null || y === null) return x ?? y;
  if (x.value !== y.value) return prefer(x.value, y.value) ? x : y;
  return { value: x.value, inclusive: x.inclusive && y.inclusive };
}

/**
 * Compares two quantities as intervals, honouring open and closed ends: [9,000, 10,000) and
 * (10,000, ∞) share no value, so they are disjoint even though they touch. Never throws.
 */
export function compareQuantities(a: QuantityValue, b: QuantityValue): ValueComparison {
  if (sameBound(lowerOf(a), lowerOf(b)) && sameBound(upperOf(a), upperOf(b))) {
    return { relation: "identical", why: describeValue(a), separation: 0 };
  }
  if (below(upperOf(a), lowerOf(b))) return disjoint(a, b);
  if (below(upperOf(b), lowerOf(a))) return disjoint(b, a);
  const lower = tighter(lowerOf(a), lowerOf(b), (x, y) => x > y);
  const upper = tighter(upperOf(a), upperOf(b), (x, y) => x < y);
  if (below(upper, lower)) {
    // Neither lies above the other yet they share nothing: one of them is an empty range.
    return { relation: "disjoint", why: "their ranges share no value", separation: 0 };
  }
  return { relation: "overlapping", why: overlapWhy(a, b, lower, upper), separation: 0 };
}

function disjoint(low: QuantityValue, high: QuantityValue): ValueComparison {
  // Both bounds exist: `below` returned true for them.
  const top = low.max ?? 0;
  const bottom = high.min ?? 0;
  const lowPhrase = isPoint(low) ? n(top) : `${low.maxInclusive ? "at most" : "below"} ${n(top)}`;
  const highPhrase = isPoint(high)
    ? n(bottom)
    : high.minInclusive
      ? `at least ${n(bottom)}`
      : top === bottom && !isPoint(low)
        ? "above"
        : `above ${n(bottom)}`;
  const magnitude = Math.max(Math.abs(top), Math.abs(bottom));
  // The gap relative to the figures' size: 8,000 vs 10,000 (0.2) is a bigger disagreement than
  // 9,999 vs 10,000 (0.0001), and 80 vs 100 as big as 8,000 vs 10,000.
  const separation = magnitude === 0 ? 0 : Math.min(1, (bottom - top) / magnitude);
  return { relation: "disjoint", why: `one is ${lowPhrase}, the other ${highPhrase}`, separation };
}

function overlapWhy(a: QuantityValue, b: QuantityValue, lower: Bound, upper: Bound): string {
  if (isPoint(a)) return `${describeValue(a)} lies within ${describeValue(b)}`;
  if (isPoint(b)) return `${describeValue(b)} lies within ${describeValue(a)}`;
  if (lower !== null && upper !== null) {
    if (lower.value === upper.value) return `both allow ${n(lower.value)}`;
    return `their ranges overlap between ${n(lower.value)} and ${n(upper.value)}`;
  }
  if (lower !== null) return `their ranges overlap ${lower.inclusive ? "from" : "above"} ${n(lower.value)}`;
  if (upper !== null) return `their ranges overlap ${upper.inclusive ? "up to" : "below"} ${n(upper.value)}`;
  return "neither limits the value";
}
