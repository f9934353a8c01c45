import { describe, expect, test } from "vitest";
import { widenToStatedPrecision } from "./widen-to-stated-precision";

const point = (v: number, unit?: string) => ({ kind: "quantity" as const, min: v, max: v, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });

describe("widenToStatedPrecision", () => {
  test.each([
    { label: "one decimal of a million", quote: "1.5 million people", v: 1_500_000, range: [1_450_000, 1_550_000] },
    { label: "a German decimal comma", quote: "1,5 Millionen Menschen", v: 1_500_000, range: [1_450_000, 1_550_000] },
    { label: "whole billions", quote: "€96bn", v: 96e9, range: [95.5e9, 96.5e9] },
    { label: "two decimals of a billion", quote: "CHF 6,25 Mrd.", v: 6.25e9, range: [6.245e9, 6.255e9] },
    { label: "thousands written short", quote: "12k marchers", v: 12_000, range: [11_500, 12_500] },
    { label: "a negative change", quote: "a cut of CHF 80m", v: -80e6, range: [-80.5e6, -79.5e6] },
  ])("widens $label", ({ quote, v, range }) => {
    expect(widenToStatedPrecision(point(v), quote)).toMatchObject({ min: range[0], max: range[1] });
  });

  test.each([
    { label: "a figure written in full", quote: "1,482,000 voters", v: 1_482_000 },
    { label: "German thousands", quote: "10.000 Soldaten", v: 10_000 },
    { label: "English thousands", quote: "1,500 homes", v: 1_500 },
    { label: "a figure without digits", quote: "zwölftausend", v: 12_000 },
    { label: "a small count", quote: "vier Menschen", v: 4 },
    { label: "a share in percent", quote: "4,8 Prozent", v: 4.8 },
  ])("leaves $label as it is", ({ quote, v }) => {
    expect(widenToStatedPrecision(point(v), quote)).toBeNull();
  });

  test("leaves a hedged range as it is", () => {
    expect(widenToStatedPrecision({ ...point(1_350_000), max: 1_650_000 }, "about 1.5 million")).toBeNull();
  });
});
