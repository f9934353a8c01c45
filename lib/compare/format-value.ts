import type { ClaimValue, QuantityValue } from "@/lib/claims/schema";
import { formatDateValue } from "./format-date-value";
import { formatNumber } from "./format-number";

// "almost 10,000" for [9,000, 10,000): a range closing just below a figure reads as that figure
// approached. Below 80 % of it the range is too wide to summarise that way.
const ALMOST_MIN_RATIO = 0.8;
const ALMOST: Record<string, string> = { en: "almost", de: "fast" };

/**
 * A value in the short form of a matrix cell: "10,000", "> 10,000", "almost 10,000",
 * "9,000–<10,000", "June 2024", "19 Jun 2024", in the given language's number and date format
 * (default English; an unknown language falls back to it). Quantity units follow the number.
 * Never throws.
 */
export function formatValue(value: ClaimValue, language = "en"): string {
  if (value.kind === "date") return formatDateValue(value, "short", language);
  if (value.kind === "text") return value.text;
  const figure = formatQuantity(value, language);
  return value.unit ? `${figure} ${value.unit}` : figure;
}

function formatQuantity({ min, max, minInclusive, maxInclusive }: QuantityValue, language: string): string {
  const n = (x: number) => formatNumber(x, language);
  if (min !== null && max !== null) {
    if (min === max && minInclusive && maxInclusive) return n(min);
    if (minInclusive && !maxInclusive && max > 0 && min >= max * ALMOST_MIN_RATIO) {
      return `${ALMOST[language.slice(0, 2)] ?? "almost"} ${n(max)}`;
    }
    return `${minInclusive ? "" : ">"}${n(min)}–${maxInclusive ? "" : "<"}${n(max)}`;
  }
  if (min !== null) return `${minInclusive ? "≥" : ">"} ${n(min)}`;
  if (max !== null) return `${maxInclusive ? "≤" : "<"} ${n(max)}`;
  return "any";
}
