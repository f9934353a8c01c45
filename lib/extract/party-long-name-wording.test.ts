import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { familyOfPartyName } from "./party-family";
import { proposeFacets } from "./propose-facets";

// A party named by its own long name in one place and by its family's plain name in another ("the
// Social Democratic Alliance", "the Social Democrats") is one holder. Sentences of our own.
type Article = { language: "de" | "en"; text: string };

function seatFacets(articles: Article[]): string[] {
  const proposed = proposeFacets(
    articles.map((a, i) => ({ articleId: `a${i}`, language: a.language, text: a.text, candidates: extractClaims(a.text, { language: a.language, publishedAt: "2026-03-09" }) })),
  );
  return proposed.filter((f) => f.key.startsWith("quantity:seats")).map((f) => `${f.key} ×${f.claims.length}`);
}

describe("a family's plain name is the one party whose long name opens with the family's adjective", () => {
  test.each([
    {
      label: "en",
      articles: [
        { language: "en", text: "A projection gives the Social Democratic Alliance 24 seats." },
        { language: "en", text: "A rival projection gives the Social Democrats only 21 seats." },
      ],
      expected: ["quantity:seats/holder:social democratic alliance+projection ×2"],
    },
    {
      label: "de and en",
      articles: [
        { language: "en", text: "The Christian Democratic Appeal won 17 seats." },
        { language: "de", text: "Die Christdemokraten kommen auf 19 Sitze." },
      ],
      expected: ["quantity:seats/holder:christian democratic appeal ×2"],
    },
    {
      // Two long names of one family: the plain name could be either, so it stays the family's.
      label: "two parties of a family",
      articles: [
        { language: "en", text: "The Social Democratic Alliance won 24 seats and the Social Democratic Union 5 seats." },
        { language: "en", text: "The Social Democrats won 21 seats." },
      ],
      expected: ["quantity:seats/holder:social democratic alliance ×1", "quantity:seats/holder:social democratic union ×1", "quantity:seats/holder:social democrats ×1"],
    },
  ] as const)("$label", ({ articles, expected }) => {
    expect(seatFacets([...articles]).sort()).toEqual([...expected].sort());
  });
});

describe("what a long name of a family is", () => {
  test.each([
    { name: "Social Democratic Alliance", expected: "social democrats" },
    { name: "Sozialdemokratische Allianz", expected: "social democrats" },
    { name: "Green Left", expected: "greens" },
    { name: "the Social Democrats", expected: null },
    { name: "Liberal", expected: null },
    { name: "Independence Party", expected: null },
  ])("$name", ({ name, expected }) => {
    expect(familyOfPartyName(name)).toBe(expected);
  });
});
