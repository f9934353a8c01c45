import type { ClaimValue, QuantityValue } from "@/lib/claims/schema";
import { formatDateValue } from "./format-date-value";
import { formatNumber } from "./format-number";

/**
 * A value in words for the English reasons: "9,000 to under 10,000", "over 10,000", "exactly
 * 8,000" reads as "8,000", "19 June 2024", "June 2024". Units are left out: the claims compared
 * always share one (a unit mismatch is a difference of scope). Never throws.
 */
export function describeValue(value: ClaimValue): string {
  let described = described_.get(value);
  if (described === undefined) {
    described = value.kind === "date" ? formatDateValue(value, "long", "en") : value.kind === "text" ? value.text : describeQuantity(value);
    described_.set(value, described);
  }
  return described;
}

// Every pair of a facet describes both its values again; values are plain data, never mutated.
const described_ = new WeakMap<ClaimValue, string>();

function describeQuantity({ min, max, minInclusive, maxInclusive }: QuantityValue): string {
  const n = (x: number) => formatNumber(x, "en");
  if (min !== null && max !== null) {
    if (min === max && minInclusive && maxInclusive) return n(min);
    return `${minInclusive ? "" : "over "}${n(min)} to ${maxInclusive ? "" : "under "}${n(max)}`;
  }
  if (min !== null) return `${minInclusive ? "at least" : "over"} ${n(min)}`;
  if (max !== null) return `${maxInclusive ? "at most" : "under"} ${n(max)}`;
  return "any number";
}
