import { describe, expect, test } from "vitest";
import { looksLikeYear } from "./looks-like-year";

describe("looksLikeYear", () => {
  test.each([
    { label: "a recent year", written: "2026", year: true },
    { label: "the first recent year", written: "1900", year: true },
    { label: "the last recent year", written: "2099", year: true },
    { label: "a count of four digits", written: "1500", year: false },
    { label: "a year after the recent ones", written: "2100", year: false },
    { label: "a thousands separator", written: "2.026", year: false },
    { label: "five digits", written: "20260", year: false },
    { label: "a fiscal year", written: "2026/27", year: false },
  ])("$label: $written", ({ written, year }) => {
    expect(looksLikeYear(written)).toBe(year);
  });

  test("a reader may widen the range, both ends included", () => {
    const range = { earliest: 1800, latest: 2100 };
    expect(looksLikeYear("1848", range)).toBe(true);
    expect(looksLikeYear("2100", range)).toBe(true);
    expect(looksLikeYear("1799", range)).toBe(false);
  });
});
