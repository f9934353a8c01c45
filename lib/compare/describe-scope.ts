import { placeName } from "@/lib/places";
import type { AsOf } from "@/lib/claims/schema";
import { formatDateValue } from "./format-date-value";

/** As-of days in words: "1 November 2024", "1 November 2024 at 16:20", "1 November 2024 to 3 November 2024". */
export function describeAsOf(asOf: AsOf, language = "en"): string {
  const days = formatDateValue({ kind: "date", from: asOf.from, to: asOf.to, precision: "day" }, "long", language);
  return asOf.time ? `${days} ${language === "de" ? "um" : "at"} ${asOf.time}` : days;
}

/**
 * A claim's scope in words for cards and hovers: "in Valencia, as of 1 November 2024". Empty when
 * the claim names neither a place nor days. Never throws.
 */
export function describeScope(place: string | null | undefined, asOf: AsOf | null | undefined, language = "en"): string {
  const where = place ? `in ${placeName(place, language === "de" ? "de" : "en")}` : "";
  const when = asOf ? `as of ${describeAsOf(asOf, language)}` : "";
  return [where, when].filter(Boolean).join(", ");
}
