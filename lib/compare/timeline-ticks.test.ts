import { describe, expect, test } from "vitest";
import { dayNumber, monthTicks, niceTicks } from "./timeline-ticks";

describe("timeline ticks", () => {
  test.each([
    { lo: 0, hi: 12100, expected: [0, 2000, 4000, 6000, 8000, 10000, 12000] },
    { lo: 9000, hi: 10000, expected: [9000, 9200, 9400, 9600, 9800, 10000] },
    { lo: 5, hi: 5, expected: [5] },
  ])("niceTicks($lo, $hi)", ({ lo, hi, expected }) => {
    expect(niceTicks(lo, hi)).toEqual(expected);
  });

  test("dayNumber reads the calendar day whatever follows it", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2024-06-19T23:30:00+02:00")).toBe(dayNumber("2024-06-19"));
  });

  test.each([
    { label: "months, in the language's format", from: "2024-10-20", to: "2025-01-10", language: "de", expected: ["Nov. 2024", "Dez. 2024", "Jan. 2025"] },
    { label: "a long span keeps at most eight", from: "2020-01-01", to: "2025-01-01", language: "en", count: 8 },
    { label: "under six weeks, days", from: "2024-06-01", to: "2024-06-05", language: "en", expected: ["1 Jun", "2 Jun", "3 Jun", "4 Jun", "5 Jun"] },
  ])("monthTicks — $label", ({ from, to, language, expected, count }) => {
    const ticks = monthTicks(dayNumber(from), dayNumber(to), language).map((t) => t.label);
    if (expected) expect(ticks).toEqual(expected);
    if (count) expect(ticks.length).toBeLessThanOrEqual(count);
  });
});
