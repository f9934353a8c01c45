import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareFacet } from "./compare-facet";
import { type ComparableClaim, facetComparisonSchema } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (min: number | null, max: number | null, minInclusive = true, maxInclusive = true): ClaimValue => ({
  kind: "quantity",
  min,
  max,
  minInclusive,
  maxInclusive,
});
const claim = (id: string, value: ClaimValue, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, value, quote: id, certainty: "stated", ...rest });

// A toll as four outlets report it: two figures that exclude each other, a city's part, a vague amount.
const almost = claim("fast 10.000", q(9000, 10000, true, false), { outlet: "Regio-Kurier", attribution: "Innenministerium", publishedAt: "2024-10-30" });
const moreThan = claim("mehr als 10.000", q(10000, null, false), { outlet: "Dorfbote", attribution: "Anna Beispiel", publishedAt: "2024-11-05" });
const city = claim("etwa 8.000", q(7500, 8500), { outlet: "Eifel-Anzeiger", attribution: "Anna Beispiel", place: "ES/Valencia" });
const several = claim("mehrere Tausend", q(2000, 9999), { outlet: "Seeland-Morgenpost", attribution: "Hilfsbund", certainty: "hedged" });

describe("compareFacet", () => {
  test.each([
    { label: "Null case", claims: [], status: "single-source" },
    { label: "One claim", claims: [almost], status: "single-source" },
    { label: "Two claims of one outlet that agree", claims: [almost, { ...almost, id: "again" }], status: "single-source" },
    { label: "Two outlets that agree", claims: [almost, { ...several, certainty: "stated" as const }], status: "agreed" },
    { label: "A part and a total do not dispute", claims: [moreThan, city], status: "agreed" },
    { label: "Conflicting figures", claims: [almost, moreThan, city, several], status: "disputed" },
    { label: "Even within one outlet a conflict is a dispute", claims: [almost, { ...moreThan, outlet: "Regio-Kurier" }], status: "disputed" },
    {
      label: "Three outlets that ran one agency text are one source",
      claims: ["A", "B", "C"].map((outlet) => ({ ...almost, id: outlet, outlet, attribution: null, copyGroup: "wire" })),
      status: "single-source",
    },
    {
      label: "An agency text and an independent outlet that agree",
      claims: [
        ...["A", "B"].map((outlet) => ({ ...almost, id: outlet, outlet, attribution: null, copyGroup: "wire" })),
        { ...almost, id: "C", outlet: "C", attribution: null },
      ],
      status: "agreed",
    },
  ])("status — $label: $status", ({ claims, status }) => {
    expect(compareFacet(claims, { canChangeOverTime: false }).status).toBe(status);
  });

  test("the toll facet: every pair, ranked contradictions, voices", () => {
    const result = compareFacet([almost, moreThan, city, several], { canChangeOverTime: false });
    expect(facetComparisonSchema.parse(result)).toEqual(result);
    expect(result.relations.map((r) => `${r.a} / ${r.b}: ${r.kind}`)).toEqual([
      "fast 10.000 / mehr als 10.000: conflicting",
      "fast 10.000 / etwa 8.000: different-scope",
      "fast 10.000 / mehrere Tausend: compatible",
      "mehr als 10.000 / etwa 8.000: different-scope",
      "mehr als 10.000 / mehrere Tausend: conflicting",
      "etwa 8.000 / mehrere Tausend: different-scope",
    ]);
    expect(result.contradictions.map((c) => `${c.relation.a} / ${c.relation.b}`)).toEqual([
      "fast 10.000 / mehr als 10.000",
      "mehr als 10.000 / mehrere Tausend",
    ]);
    expect(result.voices).toEqual([
      { claimant: "Innenministerium", claimIds: ["fast 10.000"] },
      { claimant: "Anna Beispiel", claimIds: ["mehr als 10.000", "etwa 8.000"] },
      { claimant: "Hilfsbund", claimIds: ["mehrere Tausend"] },
    ]);
  });

  test("figures that can change: dated conflicts become changed-over-time, and the facet is agreed", () => {
    const result = compareFacet([almost, moreThan], { canChangeOverTime: true });
    expect(result.relations.map((r) => r.kind)).toEqual(["changed-over-time"]);
    expect(result.status).toBe("agreed");
  });

  test("throws when two claims share an id", () => {
    expect(() => compareFacet([almost, almost], { canChangeOverTime: false })).toThrow(/distinct ids/);
  });
});
