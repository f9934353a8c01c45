import { describe, expect, test } from "vitest";
import type { EvalArticle } from "./schema";
import { labelledCompareOptions, parseLabelledValue, toLabelledComparableClaim } from "./labelled-comparable-claim";

const article: EvalArticle = {
  id: "de-2",
  language: "de",
  publishedAt: "2025-05-20",
  outlet: "Mainfranken-Depesche",
  text: "Zahl der Toten steigt\n\nBis Montagabend starben laut Innenministerium in Bayern 19 Menschen.",
  claims: [],
};

describe("parseLabelledValue", () => {
  test.each([
    { label: "a point", value: "[12000, 12000]", expected: { kind: "quantity", min: 12000, max: 12000, minInclusive: true, maxInclusive: true } },
    { label: "open above", value: "(10000, ∞)", expected: { kind: "quantity", min: 10000, max: null, minInclusive: false, maxInclusive: false } },
    { label: "just below", value: "[9000, 10000)", expected: { kind: "quantity", min: 9000, max: 10000, minInclusive: true, maxInclusive: false } },
    { label: "a decimal and a negative", value: "[-80000000, 4.85]", expected: { kind: "quantity", min: -80000000, max: 4.85, minInclusive: true, maxInclusive: true } },
    { label: "a month", value: "2024-06-01..2024-06-30 month", expected: { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" } },
  ])("reads back $label as formatClaimValue wrote it", ({ value, expected }) => {
    expect(parseLabelledValue(value)).toEqual(expected);
  });

  test("keeps the unit of an amount", () => {
    expect(parseLabelledValue("[4200000000, 4200000000]", "EUR")).toMatchObject({ unit: "EUR" });
  });
});

describe("toLabelledComparableClaim", () => {
  test("carries every field the comparer reads", () => {
    const claim = toLabelledComparableClaim({
      article,
      claim: { id: "c2", quote: "19 Menschen", subject: "dead", qualifier: "Civilian", value: "[19, 19]", place: "Bavaria", asOf: "2025-05-19", attribution: "Innenministerium", certainty: "reported" },
    });
    expect(claim).toMatchObject({
      id: "de-2#c2",
      value: { kind: "quantity", min: 19, max: 19 },
      quote: "19 Menschen",
      place: "DE/Bavaria",
      asOf: { from: "2025-05-19", to: "2025-05-19" },
      counted: "dead",
      qualifiers: ["civilian"],
      attribution: "Innenministerium",
      certainty: "reported",
      outlet: "Mainfranken-Depesche",
      publishedAt: "2025-05-20",
    });
  });

  test("a label without place, as-of, claimant or certainty is the event's whole, the publication day, the outlet's own voice, stated", () => {
    const claim = toLabelledComparableClaim({ article, claim: { id: "c1", quote: "19", subject: "dead", value: "[19, 19]" } });
    expect(claim).toMatchObject({ place: null, asOf: null, attribution: null, certainty: "stated", qualifiers: [] });
  });

  test.each([
    { label: "German: a projection named as the source", attribution: "Hochrechnung des Regionalfernsehens", stage: "projection" },
    { label: "English: a preliminary result named as the source", attribution: "the preliminary count of the county", stage: "provisional" },
    { label: "a source naming no stage", attribution: "Kreiswahlleiter", stage: null },
  ])("the stage its claimant's name gives, as extraction reads it: $label", ({ attribution, stage }) => {
    const claim = toLabelledComparableClaim({ article, claim: { id: "c4", quote: "41 Sitze", subject: "seats", value: "[41, 41]", attribution } });
    expect(claim.figureStatus).toBe(stage);
  });

  test("a country is the event's whole; an as-of interval keeps both ends; a change is a qualifier", () => {
    const claim = toLabelledComparableClaim({
      article,
      claim: { id: "c3", quote: "um 3 Prozent", subject: "budget", value: "[3, 3]", unit: "%", change: true, place: "Germany", asOf: "2025-05-12..2025-05-20" },
    });
    expect(claim).toMatchObject({ place: null, asOf: { from: "2025-05-12", to: "2025-05-20" }, qualifiers: ["change"], value: { unit: "%" } });
  });

  test("whether it refers back to another figure or is a rate is read once, onto the claim", () => {
    expect(toLabelledComparableClaim({ article, claim: { id: "c6", quote: "davon 4", subject: "dead", value: "[4, 4]" } })).toMatchObject({ subset: true, rate: false });
    expect(toLabelledComparableClaim({ article, claim: { id: "c7", quote: "€1,000", subject: "investment", qualifier: "per resident", value: "[1000, 1000]", unit: "EUR" } })).toMatchObject({ subset: false, rate: true });
  });

  test("a German and an English label of one countable noun count one thing, as the product files them", () => {
    const de = toLabelledComparableClaim({ article, claim: { id: "c8", quote: "1.200 Traktoren", subject: "Traktor", value: "[1200, 1200]" } });
    const en = toLabelledComparableClaim({ article: { ...article, language: "en" }, claim: { id: "c9", quote: "900 tractors", subject: "tractors", value: "[900, 900]" } });
    expect(de.counted).toBe(en.counted);
    expect(toLabelledComparableClaim({ article, claim: { id: "c10", quote: "19", subject: "dead", value: "[19, 19]" } }).counted).toBe("dead");
  });

  test("a place no gazetteer knows is kept under its own name", () => {
    const claim = toLabelledComparableClaim({ article, claim: { id: "c4", quote: "4", subject: "dead", value: "[4, 4]", place: "Lauterbrunnxyz" } });
    expect(claim.place).toBe("?/Lauterbrunnxyz");
  });
});

describe("labelledCompareOptions", () => {
  test("a toll only grows; a figure can change over time; a date of an act cannot", () => {
    expect(labelledCompareOptions({ article, claim: { id: "c1", quote: "19", subject: "dead", value: "[19, 19]" } })).toMatchObject({ canChangeOverTime: true, cumulative: true, wholePlace: null });
    expect(labelledCompareOptions({ article, claim: { id: "c5", quote: "am Samstag", subject: "Damm", value: "2025-05-17..2025-05-17 day" } })).toMatchObject({ canChangeOverTime: false, cumulative: false });
  });
});
