import { describe, expect, test } from "vitest";
import type { QuantityValue } from "@/lib/claims/schema";
import { compareQuantities } from "./compare-quantities";

// Interval notation keeps the table readable: "[9000,10000)" is 9,000 inclusive to 10,000 exclusive.
function interval(notation: string): QuantityValue {
  const match = /^([[(])(-?\d*),(-?\d*)([\])])$/.exec(notation);
  if (!match) throw new Error(`bad interval ${notation}`);
  const [, open, lo = "", hi = "", close] = match;
  return {
    kind: "quantity",
    min: lo === "" ? null : Number(lo),
    max: hi === "" ? null : Number(hi),
    minInclusive: open === "[",
    maxInclusive: close === "]",
  };
}

describe("compareQuantities", () => {
  test.each([
    { label: "Same interval", a: "[9000,10000)", b: "[9000,10000)", relation: "identical", separation: 0 },
    { label: "Open ends ignore their inclusive flag", a: "(10000,]", b: "(10000,)", relation: "identical", separation: 0 },
    { label: "Overlap", a: "[9000,10000]", b: "[9500,12000]", relation: "overlapping", separation: 0 },
    { label: "Closed ends touching share a value", a: "[9000,10000]", b: "[10000,]", relation: "overlapping", separation: 0 },
    { label: "Open end touching a closed one", a: "[9000,10000)", b: "[10000,]", relation: "disjoint", separation: 0 },
    { label: "Closed end touching an open one", a: "[9000,10000]", b: "(10000,]", relation: "disjoint", separation: 0 },
    { label: "Gap relative to size: 8,000 vs 10,000", a: "[8000,8000]", b: "[10000,10000]", relation: "disjoint", separation: 0.2 },
    { label: "Gap relative to size: 80 vs 100", a: "[100,100]", b: "[80,80]", relation: "disjoint", separation: 0.2 },
    { label: "Gap as large as the figure caps at 1", a: "[-5,-5]", b: "[5,5]", relation: "disjoint", separation: 1 },
    { label: "Zero against zero-width gap", a: "[0,0)", b: "[0,0]", relation: "disjoint", separation: 0 },
    { label: "Fully open overlaps everything", a: "[,]", b: "[3,4]", relation: "overlapping", separation: 0 },
  ])("$label: $a vs $b", ({ a, b, relation, separation }) => {
    const result = compareQuantities(interval(a), interval(b));
    expect(result.relation).toBe(relation);
    expect(result.separation).toBeCloseTo(separation);
  });

  test.each([
    { label: "Overlap between two bounds", a: "[9000,10000]", b: "[9500,12000]", why: "their ranges overlap between 9,500 and 10,000" },
    { label: "Overlap above an open bound", a: "(10000,]", b: "[5000,]", why: "their ranges overlap above 10,000" },
    { label: "Overlap up to a closed bound", a: "[,10000]", b: "[,20000]", why: "their ranges overlap up to 10,000" },
    { label: "Exact figure within a range", a: "[2000,9999]", b: "[8000,8000]", why: "8,000 lies within 2,000 to 9,999" },
    { label: "Below and at least", a: "[9000,10000)", b: "[10000,]", why: "one is below 10,000, the other at least 10,000" },
    { label: "At most and above", a: "[2000,9999]", b: "(10000,]", why: "one is at most 9,999, the other above 10,000" },
  ])("why — $label", ({ a, b, why }) => {
    expect(compareQuantities(interval(a), interval(b)).why).toBe(why);
  });
});
