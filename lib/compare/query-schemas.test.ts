import { describe, expect, test } from "vitest";
import { articleComparisonQuerySchema } from "./article-comparison-schema";
import { eventMatrixFiltersSchema } from "./event-matrix-schema";
import { facetViewQuerySchema } from "./facet-view-schema";

const ID = "00000000-0000-4000-8000-00000000000a";

describe("search-param schemas never fail a page", () => {
  test.each([
    { label: "Null case", params: {}, expected: { disputed: false, columns: 1, rows: 1, contradictions: 1, copies: 1, articles: 1, review: 1 } },
    { label: "a GET form's untouched selects", params: { disputed: "1", language: "", outlet: "" }, expected: { disputed: true, columns: 1, rows: 1, contradictions: 1, copies: 1, articles: 1, review: 1 } },
    {
      label: "repeated params take the first",
      params: { language: ["de", "en"], outlet: "Dorfbote", columns: ["3", "1"] },
      expected: { disputed: false, language: "de", outlet: "Dorfbote", columns: 3, rows: 1, contradictions: 1, copies: 1, articles: 1, review: 1 },
    },
    {
      label: "a page that is not a positive whole number is the first",
      params: { columns: "0", rows: "-2", contradictions: "all" },
      expected: { disputed: false, columns: 1, rows: 1, contradictions: 1, copies: 1, articles: 1, review: 1 },
    },
    { label: "pages by number", params: { rows: "2", contradictions: "4" }, expected: { disputed: false, columns: 1, rows: 2, contradictions: 4, copies: 1, articles: 1, review: 1 } },
  ])("event matrix filters — $label", ({ params, expected }) => {
    expect(eventMatrixFiltersSchema.parse(params)).toEqual(expected);
  });

  test.each([
    { label: "two-up with two claims", params: { view: "two", a: ID, b: ID }, expected: { view: "two", a: ID, b: ID } },
    { label: "garbage falls back to defaults", params: { view: "three", a: "x", base: "'; drop" }, expected: {} },
  ])("facet view — $label", ({ params, expected }) => {
    const parsed = Object.fromEntries(Object.entries(facetViewQuerySchema.parse(params)).filter(([, v]) => v !== undefined));
    expect(parsed).toEqual(expected);
  });

  test.each([
    { label: "the reader's link", params: { a: ID, ar: "1", b: ID, br: "2" }, expected: { a: ID, ar: 1, b: ID, br: 2 } },
    { label: "latest revision is an empty select", params: { a: ID, ar: "", br: "-3" }, expected: { a: ID } },
  ])("article comparison — $label", ({ params, expected }) => {
    const parsed = Object.fromEntries(Object.entries(articleComparisonQuerySchema.parse(params)).filter(([, v]) => v !== undefined));
    expect(parsed).toEqual(expected);
  });
});
