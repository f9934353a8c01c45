import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { QuantityValue } from "@/lib/claims/schema";
import { hedgeToInterval } from "./hedge-to-interval";
import { intervalsOverlap } from "./intervals-overlap";
import { isWellFormedInterval } from "./is-well-formed-interval";
import { rangeToInterval } from "./range-to-interval";

const open = (min: number | null, max: number | null, minInclusive: boolean, maxInclusive: boolean): QuantityValue => ({ kind: "quantity", min, max, minInclusive, maxInclusive });

describe("intervalsOverlap", () => {
  test.each([
    { label: "fast 10.000 and mehr als 10.000 cannot both be true", a: hedgeToInterval(10000, "justBelow"), b: hedgeToInterval(10000, "above"), expected: false },
    { label: "etwa 8.000 and mehrere Tausend can", a: hedgeToInterval(8000, "about"), b: rangeToInterval(2000, 9999), expected: true },
    { label: "touching closed ends overlap", a: rangeToInterval(1, 5), b: rangeToInterval(5, 9), expected: true },
    { label: "touching half-open ends do not", a: open(1, 5, true, false), b: rangeToInterval(5, 9), expected: false },
    { label: "open-ended intervals overlap", a: hedgeToInterval(10, "above"), b: hedgeToInterval(100, "atLeast"), expected: true },
    { label: "disjoint closed intervals", a: rangeToInterval(1, 2), b: rangeToInterval(3, 4), expected: false },
  ])("$label", ({ a, b, expected }) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });

  test("an interval overlaps itself when well-formed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
        const v = rangeToInterval(a, b);
        expect(intervalsOverlap(v, v)).toBe(true);
      }),
    );
  });
});

describe("isWellFormedInterval", () => {
  test.each([
    { label: "closed range", v: rangeToInterval(1, 2), expected: true },
    { label: "point", v: open(3, 3, true, true), expected: true },
    { label: "empty half-open point", v: open(3, 3, true, false), expected: false },
    { label: "reversed bounds", v: open(5, 1, true, true), expected: false },
    { label: "inclusive open bound", v: open(null, 1, true, true), expected: false },
    { label: "open above", v: open(1, null, false, false), expected: true },
    { label: "non-finite bound", v: open(Number.NaN, 1, true, true), expected: false },
  ])("$label → $expected", ({ v, expected }) => {
    expect(isWellFormedInterval(v)).toBe(expected);
  });

  test("ranges are always well-formed, whatever the order of their ends", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
        expect(isWellFormedInterval(rangeToInterval(a, b))).toBe(true);
      }),
    );
  });
});
