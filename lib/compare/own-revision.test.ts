import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import type { ComparableClaim, CompareOptions } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (min: number, max: number, unit?: string): ClaimValue => ({ kind: "quantity", min, max, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });
const claim = (id: string, quote: string, value: ClaimValue, publishedAt: string, attribution?: string): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", publishedAt, ...(attribution ? { attribution } : {}) });
const settled: CompareOptions = { canChangeOverTime: true, settled: true };

describe("a source revising its own count of one happening is no dispute", () => {
  test.each([
    {
      label: "German and English names of one organiser, a day apart",
      a: claim("a", "25.000 Teilnehmern", q(25000, 25000), "2030-03-06", "das Bündnis Bauernprotest"),
      b: claim("b", "almost 30,000", q(27000, 29999), "2030-03-07", "Bauernprotest"),
      kind: "changed-over-time",
    },
    {
      label: "two sources a day apart still dispute it",
      a: claim("a", "9,000 people", q(9000, 9000), "2030-03-06", "police"),
      b: claim("b", "fast 30.000", q(27000, 29999), "2030-03-07", "Veranstalter"),
      kind: "conflicting",
    },
    {
      label: "one source giving two figures on one day contradicts itself",
      a: claim("a", "9,000 people", q(9000, 9000), "2030-03-06", "police"),
      b: claim("b", "12.000", q(12000, 12000), "2030-03-06", "Polizei"),
      kind: "conflicting",
    },
    {
      label: "a sum of money is left to the reader even from one source",
      a: claim("a", "a deficit of €24bn", q(24e9, 24e9, "EUR"), "2030-03-06", "finance ministry"),
      b: claim("b", "€31bn", q(31e9, 31e9, "EUR"), "2030-03-07", "finance ministry"),
      kind: "conflicting",
    },
  ])("$label", ({ a, b, kind }) => {
    expect(compareClaims(a, b, settled).kind).toBe(kind);
    expect(compareClaims(b, a, settled).kind).toBe(kind);
  });
});
