import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import { compareStoredFacet } from "./compare-stored-facet";
import { isCountOfTheMoment } from "./count-of-the-moment";
import type { ComparableClaim } from "./schema";
import { withScopeMarks } from "./test-fixtures";

// Those in intensive care or in hospital now are a count of the moment: patients leave, so a
// later, lower figure is no falling toll. Sentences of our own.

const q = (n: number): ClaimValue => ({ kind: "quantity", min: n, max: n, minInclusive: true, maxInclusive: true });
const claim = (id: string, quote: string, n: number, day: string): ComparableClaim =>
  withScopeMarks({ id, quote, value: q(n), certainty: "stated", publishedAt: day, asOf: { from: day, to: day } });
const optionsOf = (key: string) => compareStoredFacet({ key, kind: "quantity" }, []).options;

describe("counts of the moment", () => {
  test("the qualifiers", () => {
    expect(["intensive care", "In hospital", "serious", "hospitalised"].map(isCountOfTheMoment)).toEqual([true, true, false, false]);
  });

  test("a facet of those in intensive care is no toll; the injured still are", () => {
    expect(optionsOf("quantity:injured/intensive care")).toMatchObject({ cumulative: false });
    expect(optionsOf("quantity:sick/in hospital")).toMatchObject({ cumulative: false });
    expect(optionsOf("quantity:injured")).toMatchObject({ cumulative: true });
  });

  test.each([
    { language: "de", a: claim("a", "vier Patienten", 4, "2026-06-01"), b: claim("b", "zwei Patienten", 2, "2026-06-03") },
    { language: "en", a: claim("a", "nine patients", 9, "2026-06-01"), b: claim("b", "six patients", 6, "2026-06-03") },
  ])("$language: fewer in intensive care two days later has changed over time", ({ a, b }) => {
    expect(compareClaims(a, b, optionsOf("quantity:injured/intensive care")).kind).toBe("changed-over-time");
    expect(compareClaims(a, b, optionsOf("quantity:injured")).kind).toBe("conflicting");
  });

  test("two figures of one day still conflict", () => {
    const a = claim("a", "15 people", 15, "2026-06-01");
    const b = claim("b", "12 Menschen", 12, "2026-06-01");
    expect(compareClaims(a, b, optionsOf("quantity:sick/in hospital")).kind).toBe("conflicting");
  });
});
