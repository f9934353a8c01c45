import * as chrono from "chrono-node";
import type { ParsedComponents } from "chrono-node";
import type { DateValue } from "@/lib/claims/schema";
import { dateRange, isValidDay, monthValue, yearOfMonth, yearValue, type Ymd } from "./date-math";
import type { Language } from "./lexicon";

/** A date chrono found, with offsets into the text that was passed in. */
export type ChronoDate = { start: number; end: number; value: DateValue; rule: string };

const PARSERS: Record<Language, chrono.Chrono> = { de: chrono.de.casual, en: chrono.en.casual };
// Without a publication date chrono would resolve relative dates against the clock, which makes
// extraction impure; a fixed instant is used and only fully written dates are kept.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const VAGUE = /\b(?:einig|mehrer|paar|wenig|few|several|some|couple)/iu;

function toValue(c: ParsedComponents, pub: Ymd | null): DateValue | null {
  const y = c.get("year");
  const m = c.get("month");
  const d = c.get("day");
  if (y === null || m === null || d === null) return null;
  const yearKnown = c.isCertain("year");
  const monthKnown = c.isCertain("month");
  const dayKnown = c.isCertain("day") || c.isCertain("weekday");
  if (!pub && !(yearKnown && monthKnown && dayKnown)) return null;
  if (!dayKnown && !monthKnown) return yearKnown || pub ? yearValue(y) : null;
  // A month without a year follows the same rule as our own reader: the latest one up to publication.
  const year = yearKnown || !pub ? y : yearOfMonth(m, pub);
  if (!dayKnown) return monthValue(year, m);
  const day = { y: year, m, d };
  return isValidDay(day) ? dateRange(day, day, "day") : null;
}

/**
 * Dates in `text` as chrono-node reads them, resolved against the publication day `pub`: the fallback
 * for forms our own reader does not cover ("Sept. 5th", "the 5th of June"). Times of day without a
 * date are dropped; so is anything relative when `pub` is unknown.
 */
export function readDatesWithChrono(text: string, language: Language, pub: Ymd | null): ChronoDate[] {
  const instant = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : NO_REFERENCE;
  const out: ChronoDate[] = [];
  for (const r of PARSERS[language].parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const c = r.start;
    if (!c.isCertain("day") && !c.isCertain("month") && !c.isCertain("year") && !c.isCertain("weekday")) continue;
    // Chrono reads any "march" or "may" as a month; news capitalizes months, and names with digits.
    if (!/\d|\p{Lu}/u.test(r.text)) continue;
    // "vor einigen Monaten", "a few weeks ago": chrono puts a vague amount of time on one day.
    if (VAGUE.test(r.text)) continue;
    const value = toValue(c, pub);
    if (value) out.push({ start: r.index, end: r.index + r.text.length, value, rule: `chrono.${language}` });
  }
  return out;
}
