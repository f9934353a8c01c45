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
  ...rest,
});

describe("toComparableClaim", () => {
  test.each([
    { label: "the facet's whole place is no scope", scope: "Russia", whole: "Russia", expected: null },
    { label: "another place is", scope: "Kursk", whole: "Russia", expected: "Kursk" },
    { label: "no place stays none", scope: null, whole: "Russia", expected: null },
    { label: "without a whole, any place is a scope", scope: "Russia", whole: null, expected: "Russia" },
  ])("place — $label", ({ scope, whole, expected }) => {
    expect(toComparableClaim(stored("x", 1, 2, { scope }), whole).subjectPlace).toBe(expected);
  });

  test("'fast 10.000' in Russia and 'mehrere Tausend' with no place can conflict; the Kursk figure cannot", () => {
    const options = { canChangeOverTime: true };
    const almost = toComparableClaim(stored("fast 10.000", 9000, 10000, { scope: "Russia" }), "Russia");
    const more = toComparableClaim(stored("mehr als 10.000", 10000, null, { asOf: null }), "Russia");
    const kursk = toComparableClaim(stored("etwa 8.000", 7200, 8800, { scope: "Kursk" }), "Russia");
    expect(compareClaims(almost, more, options).kind).toBe("conflicting");
    expect(compareClaims(kursk, more, options).kind).toBe("different-scope");
  });

  test("only an as-of date, never the publication date, makes a difference a change over time", () => {
    const options = { canChangeOverTime: true };
    const october = toComparableClaim(stored("3,000", 3000, 3000, { asOf: "2024-10-23" }), null);
    const december = toComparableClaim(stored("11,000", 11000, 11000, { asOf: "2024-12-17" }), null);
    expect(compareClaims(october, december, options).kind).toBe("changed-over-time");
    expect(toComparableClaim(stored("x", 1, 2), null).publishedAt).toBeNull();
  });
});
