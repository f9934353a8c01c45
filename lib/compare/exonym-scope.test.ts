import { beforeAll, describe, expect, test } from "vitest";
import { extractClaims } from "@/lib/extract";
import { placeIndex } from "@/lib/places/load-place-index";
import { compareStoredFacet } from "./compare-stored-facet";

beforeAll(() => void placeIndex(), 120_000); // the first run on a machine builds the index

// End to end: a German and an English article about one city, extracted and compared. The city's two
// names must be one place, and a figure for the city a part of one for its country.
const articles = {
  belgrad: { text: "In Belgrad demonstrierten 3000 Menschen.", language: "de" },
  belgrade: { text: "In Belgrade, 3,000 people protested.", language: "en" },
  serbia: { text: "Across Serbia, 20,000 people protested.", language: "en" },
  serbien: { text: "In ganz Serbien demonstrierten 20.000 Menschen.", language: "de" },
} as const;

function compare(...names: (keyof typeof articles)[]) {
  const stored = names.map((name) => {
    const { text, language } = articles[name];
    const [claim] = extractClaims(text, { language, publishedAt: "2025-05-19" });
    return { id: name, value: claim!.value, quote: claim!.quote, scope: claim!.scope.place ?? null, asOf: null, attribution: null, certainty: claim!.certainty, outlet: name, publishedAt: null };
  });
  return { stored, ...compareStoredFacet({ key: "quantity:protesters", kind: "quantity" }, stored) };
}

describe("a city named in German and in English", () => {
  test("Belgrad and Belgrade are one place: the same figure for it is no difference of scope", () => {
    const { stored, comparison } = compare("belgrad", "belgrade");
    expect(stored[0]!.scope).toMatch(/^RS\//);
    expect(stored[0]!.scope).toBe(stored[1]!.scope);
    expect(comparison.relations.map((r) => r.kind)).toEqual(["identical"]);
  });

  test.each([
    { city: "belgrad", country: "serbia" },
    { city: "belgrade", country: "serbien" },
  ] as const)("a figure for $city is a part of one for $country: different scope, not a conflict", ({ city, country }) => {
    const { comparison } = compare(city, country);
    expect(comparison.relations.map((r) => r.kind)).toEqual(["different-scope"]);
    expect(comparison.status).toBe("agreed");
  });
});
