import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { formatValue } from "./format-value";

const q = (min: number | null, max: number | null, minInclusive = true, maxInclusive = true, unit?: string): ClaimValue => ({
  kind: "quantity",
  min,
  max,
  minInclusive,
  maxInclusive,
  ...(unit ? { unit } : {}),
});

describe("formatValue", () => {
  test.each([
    { label: "Exact figure", value: q(10000, 10000), en: "10,000", de: "10.000" },
    { label: "Almost", value: q(9000, 10000, true, false), en: "almost 10,000", de: "fast 10.000" },
    { label: "Range with open end", value: q(5000, 10000, true, false), en: "5,000–<10,000", de: "5.000–<10.000" },
    { label: "Closed range", value: q(2000, 9999), en: "2,000–9,999", de: "2.000–9.999" },
    { label: "More than", value: q(10000, null, false), en: "> 10,000", de: "> 10.000" },
    { label: "At least", value: q(10000, null), en: "≥ 10,000", de: "≥ 10.000" },
    { label: "Less than", value: q(null, 10000, true, false), en: "< 10,000", de: "< 10.000" },
    { label: "Decimal", value: q(1.5, 1.5), en: "1.5", de: "1,5" },
    { label: "Unit follows the number", value: q(8000, 8000, true, true, "soldiers"), en: "8,000 soldiers", de: "8.000 soldiers" },
    { label: "Month", value: { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" }, en: "June 2024", de: "Juni 2024" },
    { label: "Day", value: { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" }, en: "19 Jun 2024", de: "19. Juni 2024" },
    { label: "Year", value: { kind: "date", from: "2024-01-01", to: "2024-12-31", precision: "year" }, en: "2024", de: "2024" },
    { label: "Day range", value: { kind: "date", from: "2024-06-10", to: "2024-06-20", precision: "day" }, en: "10 Jun 2024–20 Jun 2024", de: "10. Juni 2024–20. Juni 2024" },
    { label: "Text", value: { kind: "text", text: "Red Cross" }, en: "Red Cross", de: "Red Cross" },
  ] satisfies { label: string; value: ClaimValue; en: string; de: string }[])("$label", ({ value, en, de }) => {
    expect(formatValue(value)).toBe(en);
    expect(formatValue(value, "de")).toBe(de);
  });

  test("an invalid language falls back to English", () => {
    expect(formatValue(q(10000, 10000), "not a language!")).toBe("10,000");
  });
});
