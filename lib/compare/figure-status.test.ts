import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import { compareStoredFacet } from "./compare-stored-facet";
import { figureStatusUpdate } from "./figure-status-update";
import type { ComparableClaim, StoredClaim } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (n: number, unit?: string): ClaimValue => ({ kind: "quantity", min: n, max: n, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });
const claim = (id: string, quote: string, value: ClaimValue, figureStatus: ComparableClaim["figureStatus"], rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, quote, value, figureStatus, certainty: "stated", publishedAt: "2028-09-25", ...rest });
const options = { canChangeOverTime: true };

describe("figures of different stages of one count are an update, not a contradiction", () => {
  test.each([
    { label: "German: a projection against the final result", a: claim("a", "31,5 Prozent", q(31.5, "%"), "projection"), b: claim("b", "29,8 Prozent", q(29.8, "%"), "final"), kind: "changed-over-time" },
    { label: "German: the provisional against the final result", a: claim("a", "61,2 Prozent", q(61.2, "%"), "provisional"), b: claim("b", "61,4 Prozent", q(61.4, "%"), "final"), kind: "changed-over-time" },
    { label: "English: a draft budget's deficit against the final one", a: claim("a", "€2.1bn", q(2.1e9, "EUR"), "planned"), b: claim("b", "€2.4bn", q(2.4e9, "EUR"), "final"), kind: "changed-over-time" },
    { label: "English: an exit poll against a provisional count", a: claim("a", "54%", q(54, "%"), "projection"), b: claim("b", "50.6%", q(50.6, "%"), "provisional"), kind: "changed-over-time" },
    { label: "German: two projections the same evening still conflict", a: claim("a", "28,5 Prozent", q(28.5, "%"), "projection"), b: claim("b", "29,5 Prozent", q(29.5, "%"), "projection"), kind: "conflicting" },
    { label: "English: two final results still conflict", a: claim("a", "1,071,200 votes", q(1071200), "final"), b: claim("b", "1,063,000 votes", q(1063000), "final"), kind: "conflicting" },
    { label: "English: a figure that says nothing of its stage still conflicts with a draft's", a: claim("a", "about €450m", q(450e6, "EUR"), null), b: claim("b", "€385m", q(385e6, "EUR"), "planned"), kind: "conflicting" },
    { label: "German: a denial of a draft's figure is still a denial", a: claim("a", "2,4 Milliarden Euro", q(2.4e9, "EUR"), "final", { certainty: "denied" }), b: claim("b", "2,4 Milliarden Euro", q(2.4e9, "EUR"), "planned"), kind: "conflicting" },
  ])("$label: $kind", ({ a, b, kind }) => {
    expect(compareClaims(a, b, options).kind).toBe(kind);
    expect(compareClaims(b, a, options).kind).toBe(kind);
  });

  test("the reason names both stages", () => {
    const a = claim("a", "31,5 Prozent", q(31.5, "%"), "projection");
    const b = claim("b", "29,8 Prozent", q(29.8, "%"), "final");
    expect(compareClaims(a, b, options).reason).toBe(
      "'31,5 Prozent' (31.5) is a projection or forecast and '29,8 Prozent' (29.8) the final result: a later stage of a count updates an earlier one: one is 29.8, the other 31.5.",
    );
  });

  test("agreeing figures of two stages stay what they are", () => {
    expect(compareClaims(claim("a", "61,2 Prozent", q(61.2, "%"), "provisional"), claim("b", "61.2%", q(61.2, "%"), "final"), options).kind).toBe("identical");
  });

  test.each([
    { x: "projection", y: "final", update: true },
    { x: "planned", y: "provisional", update: true },
    { x: "final", y: "final", update: false },
    { x: "provisional", y: "provisional", update: false },
    { x: null, y: "final", update: false },
  ] as const)("figureStatusUpdate($x, $y) is an update: $update", ({ x, y, update }) => {
    expect(figureStatusUpdate(claim("a", "1", q(1), x), claim("b", "2", q(2), y)) !== null).toBe(update);
  });

  test("a settled subject's draft and final figures, reported days apart, are an update (compareStoredFacet)", () => {
    const stored = (id: string, quote: string, n: number, figureStatus: StoredClaim["figureStatus"], publishedAt: string): StoredClaim => ({
      id, value: q(n, "EUR"), quote, scope: null, asOf: null, attribution: null, certainty: "stated", figureStatus, outlet: null, publishedAt,
    });
    const { comparison } = compareStoredFacet({ key: "quantity:deficit|EUR", kind: "quantity" }, [
      stored("d", "Entwurf: 2,1 Milliarden Euro", 2.1e9, "planned", "2028-09-24"),
      stored("f", "endgültig 2,4 Milliarden Euro", 2.4e9, "final", "2028-09-26"),
      stored("o", "2,4 Milliarden Euro", 2.4e9, null, "2028-09-25"),
      stored("x", "2,9 Milliarden Euro", 2.9e9, null, "2028-09-25"),
    ]);
    const kind = (a: string, b: string) => comparison.relations.find((r) => r.a === a && r.b === b)?.kind;
    expect(kind("d", "f")).toBe("changed-over-time");
    expect(kind("d", "x")).toBe("conflicting");
    expect(kind("f", "x")).toBe("conflicting");
  });
});
