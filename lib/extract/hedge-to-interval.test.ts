import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatInterval } from "./format-interval";
import { hedgeToInterval } from "./hedge-to-interval";
import { isWellFormedInterval } from "./is-well-formed-interval";
import type { HedgeKind } from "./lexicon/types";

const KINDS: HedgeKind[] = ["above", "atLeast", "justAbove", "about", "justBelow", "below", "atMost", "upTo", "exact"];

describe("hedgeToInterval", () => {
  test.each([
    { label: "mehr als 10.000 is exclusive", n: 10000, hedge: "above", expected: "(10000, ∞)" },
    { label: "mindestens is inclusive", n: 3000, hedge: "atLeast", expected: "[3000, ∞)" },
    { label: "fast 10.000 is just below", n: 10000, hedge: "justBelow", expected: "[9000, 10000)" },
    { label: "etwa 8.000 is ± 10 %", n: 8000, hedge: "about", expected: "[7200, 8800]" },
    { label: "gut 1.000 is just above", n: 1000, hedge: "justAbove", expected: "(1000, 1100]" },
    { label: "bis zu 5.000 starts at zero", n: 5000, hedge: "upTo", expected: "[0, 5000]" },
    { label: "weniger als 200 excludes 200", n: 200, hedge: "below", expected: "[0, 200)" },
    { label: "an exact number is a point", n: 52, hedge: "exact", expected: "[52, 52]" },
    { label: "fast 0 is the point 0, not an empty interval", n: 0, hedge: "justBelow", expected: "[0, 0]" },
  ] as const)("$label", ({ n, hedge, expected }) => {
    expect(formatInterval(hedgeToInterval(n, hedge))).toBe(expected);
  });

  test("keeps the unit", () => {
    expect(hedgeToInterval(10, "exact", "troops").unit).toBe("troops");
  });

  test("is always well-formed", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(...KINDS), (n, hedge) => {
        expect(isWellFormedInterval(hedgeToInterval(n, hedge))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test("contains or bounds the number it was made from", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom(...KINDS), (n, hedge) => {
        const v = hedgeToInterval(n, hedge);
        expect(v.min === null || v.min <= n).toBe(true);
        expect(v.max === null || v.max >= n).toBe(true);
      }),
    );
  });
});
