import type { DatePrecision, DateValue } from "@/lib/claims/schema";
import { describeValue } from "./describe-value";
import { formatDateValue } from "./format-date-value";
import type { ValueComparison } from "./value-comparison";

const FINENESS: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
const DAY_MS = 86_400_000;
// A month apart reads as half-way to "completely different" when ranking date contradictions.
const SEPARATION_HALF_DAYS = 30;

const day = (iso: string) => formatDateValue({ kind: "date", from: iso, to: iso, precision: "day" }, "long", "en");
const isOneUnit = (v: DateValue) => formatDateValue(v, "long", "en") === formatDateValue({ ...v, to: v.from }, "long", "en");

/**
 * Compares two dates as the inclusive day ranges their precision covers: "June 2024" and
 * "19 June 2024" are compatible because the day falls within the month. Never throws.
 */
export function compareDates(a: DateValue, b: DateValue): ValueComparison {
  if (a.from === b.from && a.to === b.to) {
    return { relation: "identical", why: describeValue(a), separation: 0 };
  }
  // ISO dates compare correctly as strings.
  if (a.to < b.from) return disjoint(a, b);
  if (b.to < a.from) return disjoint(b, a);
  if (a.from >= b.from && a.to <= b.to) return { relation: "overlapping", why: within(a, b), separation: 0 };
  if (b.from >= a.from && b.to <= a.to) return { relation: "overlapping", why: within(b, a), separation: 0 };
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  const why = from === to ? `both include ${day(from)}` : `their periods overlap from ${day(from)} to ${day(to)}`;
  return { relation: "overlapping", why, separation: 0 };
}

function within(inner: DateValue, outer: DateValue): string {
  if (FINENESS[inner.precision] < FINENESS[outer.precision] && isOneUnit(inner) && isOneUnit(outer)) {
    return `the ${inner.precision} falls within the ${outer.precision}`;
  }
  return `${describeValue(inner)} lies within ${describeValue(outer)}`;
}

function disjoint(early: DateValue, late: DateValue): ValueComparison {
  const gapDays = (Date.parse(late.from) - Date.parse(early.to)) / DAY_MS;
  return {
    relation: "disjoint",
    why: `${describeValue(early)} is before ${describeValue(late)}`,
    separation: gapDays / (gapDays + SEPARATION_HALF_DAYS),
  };
}
