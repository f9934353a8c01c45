import type { DateValue } from "@/lib/claims/schema";
import { addDays, dateRange, isValidDay, monthValue, parseIsoDate, type Ymd } from "./date-math";

// The date readers place a weekday, a day or a month without a year on or before publication ("am Dienstag"
// in a report is the Tuesday gone). Next to a verb announcing an act to come ("beginnt am Dienstag",
// "soll am 24. November enden", "starts on Tuesday") the same words name the next such day.
const WEEKDAY_RULE = "weekday → latest before publication";
const YEARLESS_RULE = "→ year from publication";

/**
 * `value` moved ahead of publication when it was placed behind it only because its words left the
 * direction open (a weekday, a day or a month without a year); any other date is returned as read.
 */
export function movedAhead(value: DateValue, rule: string, pub: Ymd | null): DateValue {
  if (pub && value.precision === "month" && rule.includes(YEARLESS_RULE)) return monthAhead(value, pub);
  if (!pub || value.precision !== "day" || value.from !== value.to) return value;
  const day = parseIsoDate(value.from);
  if (!day || !isBefore(day, pub)) return value;
  if (rule.includes(WEEKDAY_RULE)) {
    const next = addDays(day, 7);
    return dateRange(next, next, "day");
  }
  if (rule.includes(YEARLESS_RULE)) {
    const next = { ...day, y: day.y + 1 };
    return isValidDay(next) ? dateRange(next, next, "day") : value;
  }
  return value;
}

// "will strike in June", "soll im Juni beginnen": a month without a year, placed in the year before
// when it lies after publication's month, is this year's when the act is still to come.
function monthAhead(value: DateValue, pub: Ymd): DateValue {
  const first = parseIsoDate(value.from);
  if (!first || first.y > pub.y || (first.y === pub.y && first.m >= pub.m)) return value;
  return monthValue(first.y + 1, first.m);
}

function isBefore(a: Ymd, b: Ymd): boolean {
  return a.y !== b.y ? a.y < b.y : a.m !== b.m ? a.m < b.m : a.d < b.d;
}
