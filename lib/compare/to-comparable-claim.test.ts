import { describe, expect, test } from "vitest";
import { compareClaims } from "./compare-claims";
import { type StoredClaim, toComparableClaim } from "./to-comparable-claim";

const stored = (id: string, min: number, max: number | null, rest: Partial<StoredClaim> = {}): StoredClaim => ({
  id,
  value: { kind: "quantity", min, max, minInclusive: max !== null, maxInclusive: false },
  quote: id,
  scope: null,
  asOf: null,
  attribution: null,
  certainty: "stated",
  outlet: null,
  publishedAt: null,
  ...rest,
});

describe("toComparableClaim", () => {
  test.each([
    { label: "the facet's whole place is no scope", scope: "ES", whole: "ES", expected: null },
    { label: "another place is", scope: "ES/Valencia", whole: "ES", expected: "ES/Valencia" },
    { label: "no place stays none", scope: null, whole: "ES", expected: null },
    { label: "without a whole, any place is a scope", scope: "ES", whole: null, expected: "ES" },
  ])("place — $label", ({ scope, whole, expected }) => {
    expect(toComparableClaim(stored("x", 1, 2, { scope }), whole).place).toBe(expected);
  });

  test("'fast 100' in Spain and 'mehr als 100' with no place can conflict; the Valencia figure cannot", () => {
    const options = { canChangeOverTime: true, wholePlace: "ES" };
    const almost = toComparableClaim(stored("fast 100", 90, 100, { scope: "ES" }), "ES");
    const more = toComparableClaim(stored("mehr als 100", 100, null), "ES");
    const city = toComparableClaim(stored("etwa 80", 72, 88, { scope: "ES/Valencia" }), "ES");
    expect(compareClaims(almost, more, options).kind).toBe("conflicting");
    expect(compareClaims(city, more, options).kind).toBe("different-scope");
  });

  test("the publication day stands in for the as-of days: figures of different days changed over time", () => {
    const options = { canChangeOverTime: true };
    const october = toComparableClaim(stored("3,000", 3000, 3000, { asOf: { from: "2024-10-23", to: "2024-10-23" } }), null);
    const december = toComparableClaim(stored("11,000", 11000, 11000, { publishedAt: "2024-12-17" }), null);
    const sameDay = toComparableClaim(stored("12,000", 12000, 12000, { publishedAt: "2024-12-17" }), null);
    expect(compareClaims(october, december, options).kind).toBe("changed-over-time");
    expect(compareClaims(december, sameDay, options).kind).toBe("conflicting");
  });
});
