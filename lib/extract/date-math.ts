import type { DatePrecision, DateValue } from "@/lib/claims/schema";
import type { PeriodPart } from "./lexicon/types";

// Calendar arithmetic for the date readers, in UTC so that results never depend on the machine's
// time zone. One concept, several small operations, hence one file.

/** A calendar day as numbers; months are 1..12. */
export type Ymd = { y: number; m: number; d: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → numbers, or null when malformed or not a real day. */
export function parseIsoDate(iso: string): Ymd | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(ymd) ? ymd : null;
}

/** True for a day that exists in the (proleptic Gregorian) calendar. */
export function isValidDay({ y, m, d }: Ymd): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 28–31; `m` is 1..12. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD`. */
export function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The day `days` after `day` (negative goes back). */
export function addDays(day: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d) + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Ymd): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

/** The date value covering `from`..`to` inclusive. */
export function dateRange(from: Ymd, to: Ymd, precision: DatePrecision): DateValue {
  return { kind: "date", from: toIso(from), to: toIso(to), precision };
}

/** A whole month, precision month. */
export function monthValue(y: number, m: number): DateValue {
  return dateRange({ y, m, d: 1 }, { y, m, d: daysInMonth(y, m) }, "month");
}

/** A whole year, precision year. */
export function yearValue(y: number): DateValue {
  return dateRange({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, "year");
}

/** "Anfang Juni" = 1–10, "Mitte Juni" = 11–20, "Ende Juni" = 21–end: a span of days. */
export function monthPartValue(y: number, m: number, part: PeriodPart): DateValue {
  const last = daysInMonth(y, m);
  const [from, to] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, last];
  return dateRange({ y, m, d: from }, { y, m, d: to }, "day");
}

/** The Monday..Sunday week containing `day`, or the part of it ("Ende letzter Woche" = Thu–Sun). */
export function weekValue(day: Ymd, part?: PeriodPart): DateValue {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const [from, to] = part === "early" ? [0, 2] : part === "mid" ? [1, 3] : part === "late" ? [3, 6] : [0, 6];
  return dateRange(addDays(monday, from), addDays(monday, to), "day");
}

/** A month named without a year is the latest such month not after publication ("im Juni", Nov 2024 → June 2024). */
export function yearOfMonth(month: number, published: Ymd): number {
  return month <= published.m ? published.y : published.y - 1;
}
