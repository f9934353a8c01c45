import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { familyAbbreviationsIn, partyFamilyOf } from "./party-family";
import { proposeFacets } from "./propose-facets";

// One party or person under one name across an event's articles and languages: the facets the
// event's vote shares fall into. Sentences of our own, German and English.
type Article = { language: "de" | "en"; text: string };

function shareFacets(articles: Article[]): string[] {
  const proposed = proposeFacets(
    articles.map((a, i) => ({ articleId: `a${i}`, language: a.language, text: a.text, candidates: extractClaims(a.text, { language: a.language, publishedAt: "2026-03-09" }) })),
  );
  return proposed.filter((f) => f.key.startsWith("quantity:votes")).map((f) => `${f.key} ×${f.claims.length}`);
}

describe("a name introduced with an abbreviation in one article is that abbreviation in every article", () => {
  test.each([
    {
      label: "de",
      articles: [
        { language: "de", text: "Die Unión Cívica (UC) hat die Wahl gewonnen. Die UC kommt auf 31,4 Prozent." },
        { language: "de", text: "Am Abend kommt die Unión Cívica auf 30,9 Prozent." },
      ],
      expected: ["quantity:votes/holder:uc|% ×2"],
    },
    {
      label: "en",
      articles: [
        { language: "en", text: "The Alliance for Renewal (AR) won 31.4% of the vote." },
        { language: "en", text: "A rival count had the Alliance for Renewal on 30.9%." },
      ],
      expected: ["quantity:votes/holder:ar|% ×2"],
    },
  ] as const)("$label", ({ articles, expected }) => {
    expect(shareFacets([...articles])).toEqual(expected);
  });
});

describe("a party family is one holder in German and English, in any inflection", () => {
  test.each([
    {
      label: "Greens / die Grünen",
      articles: [
        { language: "de", text: "Die Grünen erreichten 12,5 Prozent." },
        { language: "en", text: "The Greens took 13%, their best result." },
      ],
      expected: ["quantity:votes/holder:greens|% ×2"],
    },
    {
      label: "Social Democrats / den Sozialdemokraten, when no abbreviation is tied to them",
      articles: [
        { language: "de", text: "Am Abend kamen die Sozialdemokraten auf 27,9 Prozent." },
        { language: "en", text: "The Social Democrats won 28.4%." },
      ],
      expected: ["quantity:votes/holder:social democrats|% ×2"],
    },
  ] as const)("$label", ({ articles, expected }) => {
    expect(shareFacets([...articles])).toEqual(expected);
  });

  test.each([
    ["den Sozialdemokraten", "social democrats"],
    ["der Grünen", "greens"],
    ["Liberalen", "liberals"],
    ["the Conservatives", "conservatives"],
    ["Pirate Party", "pirates"],
    ["Piratenpartei", "pirates"],
    ["die Linke", "left"],
    ["Christlich Demokratische Union", "christian democrats"],
    ["Bremer Mitte", null],
    ["SPD", null],
  ] as const)("%s → %s", (name, family) => {
    expect(partyFamilyOf(name.replace(/^(?:den|der) /, ""))).toBe(family);
  });
});

describe("a family tied to one abbreviation where a party is introduced is that abbreviation", () => {
  test.each([
    {
      label: "en introduces, de uses the family",
      articles: [
        { language: "en", text: "The Social Democrats (SDP) won 29.5% of the vote." },
        { language: "de", text: "Gegen Mitternacht kamen die Sozialdemokraten auf 28,5 Prozent." },
      ],
      expected: ["quantity:votes/holder:sdp|% ×2"],
    },
    {
      label: "de introduces with an adjective, en uses the family",
      articles: [
        { language: "de", text: "Die konservative Volkspartei (VP) hat die Wahl gewonnen. Die VP kommt auf 40,1 Prozent." },
        { language: "en", text: "The Conservatives took 41.3%, a rival tally showed." },
      ],
      expected: ["quantity:votes/holder:vp|% ×2"],
    },
  ] as const)("$label", ({ articles, expected }) => {
    expect(shareFacets([...articles])).toEqual(expected);
  });

  test("two abbreviations for one family leave the family as it is", () => {
    const tied = [familyAbbreviationsIn("Die sozialdemokratische Arbeiterpartei (SAP) gewann."), familyAbbreviationsIn("The Social Democratic Union (SDU) lost.")];
    expect(tied.map((t) => [...(t.get("social democrats") ?? [])])).toEqual([["SAP"], ["SDU"]]);
    const articles: Article[] = [
      { language: "de", text: "Die sozialdemokratische Arbeiterpartei (SAP) erreichte 20,1 Prozent." },
      { language: "en", text: "The Social Democratic Union (SDU) won 9.8%. The Social Democrats won 10.2% in the capital." },
    ];
    expect(shareFacets(articles)).toContain("quantity:votes/holder:social democrats|% ×1");
  });
});

describe("a person named in full once and by last name elsewhere is one holder", () => {
  test.each([
    {
      label: "de and en",
      articles: [
        { language: "de", text: "Kandidatin Johanna Berger kam auf 48,2 Prozent." },
        { language: "en", text: "Berger won 49.0% of the vote, her campaign said." },
      ],
      expected: ["quantity:votes/holder:berger|% ×2"],
    },
    {
      label: "two people of one last name stay apart",
      articles: [
        { language: "en", text: "Anna Berger won 12.1%, while Paul Berger took 8.3%." },
        { language: "en", text: "Berger won 12.4%." },
      ],
      expected: ["quantity:votes/holder:anna berger|% ×1", "quantity:votes/holder:berger|% ×1", "quantity:votes/holder:paul berger|% ×1"],
    },
  ] as const)("$label", ({ articles, expected }) => {
    expect(shareFacets([...articles]).sort()).toEqual([...expected].sort());
  });
});

describe("an acronym after a word about its party is the acronym", () => {
  test.each([
    {
      label: "de",
      articles: [
        { language: "de", text: "Der Koalitionspartner LFP kam auf 20,1 Prozent." },
        { language: "de", text: "Die LFP erreichte 20,4 Prozent." },
      ],
    },
    {
      label: "en",
      articles: [
        { language: "en", text: "Norway's LFP won 20.1% of the vote." },
        { language: "en", text: "The LFP took 20.4%." },
      ],
    },
  ] as const)("$label", ({ articles }) => {
    expect(shareFacets([...articles])).toEqual(["quantity:votes/holder:lfp|% ×2"]);
  });
});
