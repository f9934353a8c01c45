import { describe, expect, test } from "vitest";
import { parseReaderPlace, readerHref } from "./reader-place";
import { searchQuerySchema } from "./schema";
import { queryWords, spellVariants } from "./spell-variants";

describe("queryWords", () => {
  test.each([
    { label: "Null case", query: "", expected: [] },
    { label: "a hyphenated name is two words", query: "Anne-Marie Okafor", expected: ["Anne", "Marie", "Okafor"] },
    { label: "figures, short words and `or` are not checked", query: "10.000 in or Leeds 2024", expected: ["Leeds"] },
    { label: "accented letters are letters", query: "Außenministerin", expected: ["Außenministerin"] },
  ])("$label", ({ query, expected }) => {
    expect(queryWords(query).map((w) => w.word)).toEqual(expected);
  });

  test("says which words are part of a hyphenated compound", () => {
    expect(queryWords("Greta Marekvell-ow -Polizei Son-hui").map((w) => [w.word, w.inCompound])).toEqual([
      ["Greta", false],
      ["Marekvell", true],
      ["Polizei", false],
      ["Son", true],
      ["hui", true],
    ]);
  });
});

describe("spellVariants", () => {
  const variants = (query: string, suggestions: Record<string, string[]>, max?: number) =>
    spellVariants(query, queryWords(query), new Map(Object.entries(suggestions)), max);

  test.each([
    { label: "Null case: nothing to correct", query: "Anne-Marie Okafor", suggestions: {}, expected: [] },
    { label: "a misspelled name", query: "Okafr Anne-Marie", suggestions: { Okafr: ["okafor"] }, expected: ["okafor Anne-Marie"] },
    {
      label: "the second variant takes each word's second suggestion, or its only one",
      query: '"Okafr Anne-Mraie" -rumour',
      suggestions: { Okafr: ["okafor", "okara"], Mraie: ["marie"] },
      expected: ['"okafor Anne-marie" -rumour', '"okara Anne-marie" -rumour'],
    },
    { label: "at most `max` variants", query: "Marow", suggestions: { Marow: ["marrow", "morrow", "arrow"] }, max: 2, expected: ["marrow", "morrow"] },
  ] as { label: string; query: string; suggestions: Record<string, string[]>; max?: number; expected: string[] }[])(
    "$label",
    ({ query, suggestions, max, expected }) => {
      expect(variants(query, suggestions, max)).toEqual(expected);
    },
  );
});

describe("the reader's place", () => {
  test("a link names the revision and the range, and the reader reads it back", () => {
    const href = readerHref("3f0c8d4e-7a61-4f1e-9b0a-5d2c1e7f8a90", 2, { start: 120, end: 164 });
    expect(href).toBe("/articles/3f0c8d4e-7a61-4f1e-9b0a-5d2c1e7f8a90?revision=2&at=120-164#hit");
    expect(parseReaderPlace(new URL(href, "http://x").searchParams.get("at"))).toEqual({ start: 120, end: 164 });
  });

  test.each([undefined, "", "12", "20-10", "5-5", "a-b", "-1-4", ["3-9", "1-2"]])("%j is no place, or the first one", (value) => {
    expect(parseReaderPlace(value)).toEqual(Array.isArray(value) ? { start: 3, end: 9 } : null);
  });
});

describe("searchQuerySchema", () => {
  test("an untouched filter (empty string) is no filter", () => {
    expect(searchQuerySchema.parse({ q: " Marrow ", event: "", outlet: "", language: "", from: "", facet: "", kind: "", page: "" })).toEqual({
      q: "Marrow",
    });
  });

  test.each([
    { label: "an empty query", input: { q: "  " }, field: "q" },
    { label: "a bad date", input: { q: "x", from: "2024-13-01" }, field: "from" },
    { label: "an unknown kind", input: { q: "x", kind: "everything" }, field: "kind" },
    { label: "a page beyond 50", input: { q: "x", page: "51" }, field: "page" },
  ])("refuses $label with the field's name", ({ input, field }) => {
    const result = searchQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
