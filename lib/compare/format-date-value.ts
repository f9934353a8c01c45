import type { DatePrecision, DateValue } from "@/lib/claims/schema";
import { memoize } from "./memoize";
import { resolveLocale } from "./resolve-locale";

export type DateStyle = "short" | "long";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: DatePrecision, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${style}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    const options: Intl.DateTimeFormatOptions =
      precision === "day"
        ? { day: "numeric", month: style, year: "numeric" }
        : precision === "month"
          ? { month: "long", year: "numeric" }
          : { year: "numeric" };
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A date value at its own precision: "19 Jun 2024" (short) or "19 June 2024" (long), "June 2024",
 * "2024"; a range that is not one calendar unit reads "June 2024 to August 2024" (long) or
 * "June 2024–August 2024" (short).
 */
export function formatDateValue(value: DateValue, style: DateStyle, language?: string): string {
  return cached(value, style, resolveLocale(language));
}

const cached = memoize(
  (value: DateValue, style: DateStyle, locale: string) => `${locale}|${value.precision}|${style}|${value.from}|${value.to}`,
  format,
);

function format(value: DateValue, style: DateStyle, locale: string): string {
  const formatter = formatterFor(locale, value.precision, style);
  const from = formatter.format(new Date(`${value.from}T00:00:00Z`));
  const to = formatter.format(new Date(`${value.to}T00:00:00Z`));
  if (from === to) return from;
  return style === "long" ? `${from} to ${to}` : `${from}–${to}`;
}
