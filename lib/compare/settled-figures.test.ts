import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import { compareStoredFacet } from "./compare-stored-facet";
import type { ComparableClaim, CompareOptions } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (min: number, max: number, unit?: string): ClaimValue => ({ kind: "quantity", min, max, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });
const claim = (id: string, quote: string, value: ClaimValue, publishedAt: string, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", publishedAt, ...rest });
const settled: CompareOptions = { canChangeOverTime: true, settled: true };
const moving: CompareOptions = { canChangeOverTime: true };

describe("settled figures: reports a few days apart tell of one happening", () => {
  test.each([
    {
      label: "English: two counts of one march, a day apart, neither dated",
      a: claim("a", "1.12 million", q(1120000, 1120000), "2028-05-18"),
      b: claim("b", "2.8 million", q(2800000, 2800000), "2028-05-19"),
      options: settled,
      kind: "conflicting",
    },
    {
      label: "German: a deficit of one draft, two days apart, as extraction stores it (as-of = publication day)",
      a: claim("a", "ein Defizit von 240 Milliarden Kronen", q(240e9, 240e9, "CZK"), "2026-09-22", { asOf: { from: "2026-09-22", to: "2026-09-22" } }),
      b: claim("b", "bei 310 Milliarden Kronen", q(310e9, 310e9, "CZK"), "2026-09-24", { asOf: { from: "2026-09-24", to: "2026-09-24" } }),
      options: settled,
      kind: "conflicting",
    },
    {
      label: "reports weeks apart (a draft and the law passed later) have changed over time",
      a: claim("a", "bei 240 Milliarden Kronen", q(240e9, 240e9, "CZK"), "2026-09-22"),
      b: claim("b", "CZK 255bn", q(255e9, 255e9, "CZK"), "2026-12-10"),
      options: settled,
      kind: "changed-over-time",
    },
    {
      label: "a figure its sentence dates keeps its own day ('on Saturday' against 'on Sunday')",
      a: claim("a", "a peak of 24,000 on Saturday evening", q(24000, 24000), "2027-10-10", { asOf: { from: "2027-10-09", to: "2027-10-09" } }),
      b: claim("b", "rund 8.000 am Sonntagnachmittag", q(8000, 8000), "2027-10-11", { asOf: { from: "2027-10-10", to: "2027-10-10" } }),
      options: settled,
      kind: "changed-over-time",
    },
    {
      label: "a toll is not settled: a day later it may have risen",
      a: claim("a", "drei Tote", q(3, 3), "2025-05-20"),
      b: claim("b", "four deaths", q(4, 4), "2025-05-21"),
      options: moving,
      kind: "changed-over-time",
    },
    {
      label: "English: a forecast for a year to come against an undated figure of the same report",
      a: claim("a", "€8.3bn", q(8.3e9, 8.3e9, "EUR"), "2028-10-24", { asOf: { from: "2029-01-01", to: "2029-12-31" } }),
      b: claim("b", "€7.9bn in the budget", q(7.9e9, 7.9e9, "EUR"), "2028-10-24"),
      options: settled,
      kind: "conflicting",
    },
    {
      label: "German: a deficit forecast for next year against the ministry's undated figure a day earlier",
      a: claim("a", "auf 3,2 Prozent", q(3.2, 3.2, "%"), "2028-10-18"),
      b: claim("b", "3,6 Prozent des BIP", q(3.6, 3.6, "%"), "2028-10-19", { asOf: { from: "2029-01-01", to: "2029-12-31" } }),
      options: settled,
      kind: "conflicting",
    },
    {
      label: "a dated figure later than the undated one but already past when it was published is a later state",
      a: claim("a", "54,3 Prozent", q(54.3, 54.3, "%"), "2025-06-16"),
      b: claim("b", "53.9% voted yes", q(53.9, 53.9, "%"), "2025-06-20", { asOf: { from: "2025-06-19", to: "2025-06-19" } }),
      options: settled,
      kind: "changed-over-time",
    },
  ])("$label: $kind", ({ a, b, options, kind }) => {
    expect(compareClaims(a, b, options).kind).toBe(kind);
    expect(compareClaims(b, a, options).kind).toBe(kind);
  });

  test("the reason says why the days do not part them", () => {
    const a = claim("a", "1.12 million", q(1120000, 1120000), "2028-05-18");
    const b = claim("b", "2.8 million", q(2800000, 2800000), "2028-05-19");
    expect(compareClaims(a, b, settled).reason).toBe(
      "'1.12 million' (1,120,000) and '2.8 million' (2,800,000) cannot both be true: reports of 18 May 2028 and 19 May 2028, neither dating its figure, tell of one happening that is over, whose figure does not change with the day it is printed: one is 1,120,000, the other 2,800,000.",
    );
  });

  test("compareStoredFacet reads settled and rate from the facet key", () => {
    expect(compareStoredFacet({ key: "quantity:protesters", kind: "quantity" }, []).options).toMatchObject({ settled: true, rate: false });
    expect(compareStoredFacet({ key: "quantity:investment/per resident|EUR", kind: "quantity" }, []).options).toMatchObject({ settled: true, rate: true });
    expect(compareStoredFacet({ key: "quantity:dead/civilian", kind: "quantity" }, []).options).toMatchObject({ settled: false, rate: false });
  });
});
