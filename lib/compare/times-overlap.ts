import { differentTimesOfOneDay, effectiveAsOf } from "./effective-date";
import type { ComparableClaim } from "./schema";

/**
 * True when the days two figures hold on share a day (and, on one day, not two different times of
 * it), or either cannot be placed in time (then nothing says they are about different times). ISO
 * dates compare correctly as strings.
 */
export function timesOverlap(a: ComparableClaim, b: ComparableClaim): boolean {
  const x = effectiveAsOf(a);
  const y = effectiveAsOf(b);
  if (!x || !y) return true;
  return x.from <= y.to && y.from <= x.to && !differentTimesOfOneDay(x, y);
}
