import { memoize } from "./memoize";
import { resolveLocale } from "./resolve-locale";

const formatters = new Map<string, Intl.NumberFormat>();

const cached = memoize(
  (value: number, locale: string) => `${locale}|${value}`,
  (value: number, locale: string) => {
    let formatter = formatters.get(locale);
    if (formatter === undefined) {
      formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      formatters.set(locale, formatter);
    }
    return formatter.format(value);
  },
);

/** A number with the language's digit grouping: "10,000" in English, "10.000" in German. */
export function formatNumber(value: number, language?: string): string {
  return cached(value, resolveLocale(language));
}
