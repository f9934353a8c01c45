import type { ClaimValue } from "@/lib/claims/schema";
import { type ReportLabels, formatDay } from "./labels";

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

/**
 * A claim's normalized value in the report's words, so a reader sees the interval the comparison
 * used: "9,000 to under 10,000", "over 10,000", "1 June 2024 to 30 June 2024"; German: "9.000 bis
 * unter 10.000". Text values are shown as they are. Never throws.
 */
export function describeNormalizedValue(value: ClaimValue, labels: ReportLabels): string {
  const words = labels.valueWords;
  if (value.kind === "text") return value.text;
  if (value.kind === "date") {
    const from = formatDay(value.from, labels);
    const to = formatDay(value.to, labels);
    return from === to ? from : `${from} ${words.to} ${to}`;
  }
  const n = (x: number) => numberFormat(labels.locale).format(x);
  const unit = value.unit ? ` ${value.unit}` : "";
  const { min, max, minInclusive, maxInclusive } = value;
  if (min !== null && max !== null) {
    if (min === max && minInclusive && maxInclusive) return `${n(min)}${unit}`;
    return `${minInclusive ? "" : `${words.over} `}${n(min)} ${words.to} ${maxInclusive ? "" : `${words.under} `}${n(max)}${unit}`;
  }
  if (min !== null) return `${minInclusive ? words.atLeast : words.over} ${n(min)}${unit}`;
  if (max !== null) return `${maxInclusive ? words.atMost : words.under} ${n(max)}${unit}`;
  return words.any;
}
