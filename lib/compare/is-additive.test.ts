import { describe, expect, test } from "vitest";
import { isAdditive } from "./is-additive";

const value = (unit?: string) => ({ kind: "quantity" as const, min: 1, max: 1, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });

describe("isAdditive", () => {
  test.each([
    { label: "a count", unit: undefined, additive: true },
    { label: "money", unit: "EUR", additive: true },
    { label: "an area", unit: "ha", additive: true },
    { label: "a weight", unit: "t", additive: true },
    { label: "a share in percent", unit: "%", additive: false },
    { label: "percentage points", unit: "pp", additive: false },
    { label: "a rate per area", unit: "l/m²", additive: false },
    { label: "a water level", unit: "m", additive: false },
  ])("$label: $additive", ({ unit, additive }) => {
    expect(isAdditive(value(unit))).toBe(additive);
  });
});
