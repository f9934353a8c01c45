import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import { isRateQualifier } from "./is-additive";
import { readScopeMarks } from "./read-scope-marks";
import { toComparableClaim } from "./to-comparable-claim";
import type { ComparableClaim } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const q = (min: number, max: number, unit?: string): ClaimValue => ({ kind: "quantity", min, max, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });
const claim = (id: string, quote: string, value: ClaimValue, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, quote, value, certainty: "stated", ...rest });
const options = { canChangeOverTime: true };

describe("rates do not add up over places", () => {
  test("German: a region's investment per resident above the country's is no part exceeding its whole", () => {
    const tyrol = claim("t", "gut 1.500 Euro", q(1500, 1650, "EUR"), { place: "AT/Tyrol", qualifiers: ["per resident"] });
    const austria = claim("a", "knapp 1.000 Euro", q(900, 999, "EUR"), { qualifiers: ["per resident"] });
    expect(compareClaims(tyrol, austria, { ...options, rate: true }).kind).toBe("different-scope");
    expect(compareClaims(tyrol, austria, options).kind).toBe("different-scope");
  });

  test("English: a rate facet (option rate) never reads a place's figure as a part exceeding its whole", () => {
    const region = claim("r", "€1,500 per resident", q(1500, 1500, "EUR"), { place: "AT/Tyrol" });
    const country = claim("c", "€1,000 per resident", q(1000, 1000, "EUR"));
    expect(compareClaims(region, country, { ...options, rate: true }).kind).toBe("different-scope");
    expect(compareClaims(region, country, options).kind).toBe("conflicting");
  });

  test("a rate against a total answers a different question", () => {
    const perHead = claim("p", "rund 46.500 Euro", q(41850, 51150, "EUR"), { qualifiers: ["per resident"] });
    const total = claim("t", "432 Mrd. Euro", q(432e9, 432e9, "EUR"));
    const relation = compareClaims(perHead, total, options);
    expect(relation.kind).toBe("different-scope");
    expect(relation.reason).toContain("a rate does not contradict a total");
  });

  test.each([
    { q: "per resident", rate: true },
    { q: "Per head", rate: true },
    { q: "SPD", rate: false },
    { q: "performance", rate: false },
  ])("isRateQualifier($q) is $rate", ({ q: qualifier, rate }) => {
    expect(isRateQualifier(qualifier)).toBe(rate);
  });
});

describe("a count of some of those counted is a part of them", () => {
  test.each([
    { label: "English: '19 of them' against '31 buildings'", part: "19 of them", whole: "31 buildings", pv: 19, wv: 31, kind: "different-scope" },
    { label: "German: 'davon 12' against '40 Häuser'", part: "davon 12", whole: "40 Häuser", pv: 12, wv: 40, kind: "different-scope" },
    { label: "German: '23 von ihnen' against '131 Menschen'", part: "23 von ihnen", whole: "131 Menschen", pv: 23, wv: 131, kind: "different-scope" },
    { label: "English: '40 of them' cannot exceed '31 buildings'", part: "40 of them", whole: "31 buildings", pv: 40, wv: 31, kind: "conflicting" },
  ])("$label: $kind", ({ part, whole, pv, wv, kind }) => {
    const a = claim("p", part, q(pv, pv), { publishedAt: "2028-04-14" });
    const b = claim("w", whole, q(wv, wv), { publishedAt: "2028-04-14" });
    expect(compareClaims(a, b, options).kind).toBe(kind);
    expect(compareClaims(b, a, options).kind).toBe(kind);
  });

  test("two counts of the same sort still compare", () => {
    const a = claim("a", "19 of them", q(19, 19));
    const b = claim("b", "25 of them", q(25, 25));
    expect(compareClaims(a, b, options).kind).toBe("conflicting");
  });
});

describe("a claim's scope marks are read once, where the claim is built", () => {
  test.each([
    { label: "German: 'davon 12'", quote: "davon 12", qualifiers: [], subset: true, rate: false },
    { label: "German: 'darunter 4 Kinder'", quote: "darunter 4 Kinder", qualifiers: [], subset: true, rate: false },
    { label: "German: 'gut 1.500 Euro' per resident", quote: "gut 1.500 Euro", qualifiers: ["per resident"], subset: false, rate: true },
    { label: "English: '19 of them'", quote: "19 of them", qualifiers: [], subset: true, rate: false },
    { label: "English: '€1,000 per head'", quote: "€1,000", qualifiers: ["per head"], subset: false, rate: true },
    { label: "English: 'the theme of the day' is no part", quote: "31 buildings on the theme", qualifiers: ["SPD"], subset: false, rate: false },
  ])("$label", ({ quote, qualifiers, subset, rate }) => {
    expect(readScopeMarks({ quote, qualifiers })).toEqual({ subset, rate });
  });

  test("toComparableClaim stores the marks on the claim", () => {
    const stored = toComparableClaim({ id: "s", value: q(12, 12), quote: "davon 12", scope: null, asOf: null, attribution: null, certainty: "stated", outlet: null, publishedAt: null }, null);
    expect(stored).toMatchObject({ subset: true, rate: false });
  });
});

describe("a part said of the figure before it is read before places", () => {
  test("'23 injured in the city … four of them' is no part of a city exceeding the event's whole", () => {
    const city = claim("c", "23", q(23, 23), { place: "DE/Ludwigshafen" });
    const fourOfThem = claim("f", "Vier von ihnen", q(4, 4));
    const relation = compareClaims(city, fourOfThem, options);
    expect(relation.kind).toBe("different-scope");
    expect(relation.reason).toContain("counts only some of what it refers back to");
  });

  test("a part larger than its whole still contradicts it", () => {
    const all = claim("a", "23", q(23, 23), { place: "DE/Ludwigshafen" });
    const moreOfThem = claim("m", "30 von ihnen", q(30, 30));
    expect(compareClaims(all, moreOfThem, options).kind).toBe("conflicting");
  });
});
