import { describe, expect, test } from "vitest";
import { hedgeToInterval } from "./hedge-to-interval";
import { proposeFacets } from "./propose-facets";
import type { ClaimCandidate } from "./schema";

function quantity(subject: string, place?: string, counted?: string): ClaimCandidate {
  return {
    valueKind: "quantity",
    quote: "x",
    start: 0,
    end: 1,
    sentenceStart: 0,
    sentenceEnd: 1,
    value: hedgeToInterval(10000, "above", "troops"),
    subject,
    scope: { ...(place ? { place } : {}), ...(counted ? { counted } : {}) },
    certainty: "stated",
    rule: "test",
  };
}

const treatyDate: ClaimCandidate = {
  ...quantity("treaty-signing"),
  valueKind: "date",
  value: { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" },
};

describe("proposeFacets", () => {
  test.each([
    {
      label: "a country-wide figure and a figure without place answer the same question",
      articles: [
        { articleId: "a", language: "de" as const, candidates: [quantity("troops", "Russia", "North Korean troops")] },
        { articleId: "b", language: "en" as const, candidates: [quantity("troops", undefined, "North Korean troops")] },
      ],
      expected: [{ key: "quantity:troops", label: "North Korean troops in Russia", claims: ["a#0", "b#0"] }],
    },
    {
      label: "a region is a separate facet",
      articles: [
        { articleId: "a", language: "de" as const, candidates: [quantity("troops", "Russia"), quantity("troops", "Kursk")] },
        { articleId: "b", language: "de" as const, candidates: [quantity("troops")] },
      ],
      expected: [
        { key: "quantity:troops", label: "Troops in Russia", claims: ["a#0", "b#0"] },
        { key: "quantity:troops@Kursk", label: "Troops in the Kursk region", claims: ["a#1"] },
      ],
    },
    {
      label: "subjects stay apart, labels fall back to the subject",
      articles: [{ articleId: "a", language: "en" as const, candidates: [quantity("casualties"), quantity("troops")] }],
      expected: [
        { key: "quantity:casualties", label: "Killed or wounded", claims: ["a#0"] },
        { key: "quantity:troops", label: "Troops", claims: ["a#1"] },
      ],
    },
    {
      label: "dates group by event",
      articles: [
        { articleId: "a", language: "de" as const, candidates: [treatyDate] },
        { articleId: "b", language: "en" as const, candidates: [treatyDate] },
      ],
      expected: [{ key: "date:treaty-signing", label: "Treaty signing date", claims: ["a#0", "b#0"] }],
    },
    {
      label: "facets answered by more articles come first",
      articles: [
        { articleId: "a", language: "de" as const, candidates: [quantity("killed"), quantity("wounded")] },
        { articleId: "b", language: "de" as const, candidates: [quantity("wounded")] },
      ],
      expected: [
        { key: "quantity:wounded", label: "Wounded", claims: ["a#1", "b#0"] },
        { key: "quantity:killed", label: "Killed", claims: ["a#0"] },
      ],
    },
    { label: "no articles, no facets", articles: [], expected: [] },
  ])("$label", ({ articles, expected }) => {
    const facets = proposeFacets(articles).map((f) => ({ key: f.key, label: f.label, claims: f.claims.map((c) => `${c.articleId}#${c.candidateIndex}`) }));
    expect(facets).toEqual(expected);
  });

  test("carries the kind and unit", () => {
    const [facet] = proposeFacets([{ articleId: "a", language: "de", candidates: [quantity("troops")] }]);
    expect(facet).toMatchObject({ kind: "quantity", unit: "troops" });
  });
});
