import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { partyNameWords } from "./party-name-words";
import { proposeFacets } from "./propose-facets";
import { claimSummary } from "./test-fixtures";

// A German party name built from the political vocabulary ("Fortschrittspartei", "Volkspartei")
// says what its English name says ("Progressive Party", "People's Party"), so an event's articles
// in both languages meet in one facet. Sentences of our own.
type Article = { language: "de" | "en"; text: string };

function facets(articles: Article[], prefix: string): string[] {
  const proposed = proposeFacets(
    articles.map((a, i) => ({ articleId: `a${i}`, language: a.language, text: a.text, candidates: extractClaims(a.text, { language: a.language, publishedAt: "2026-05-04" }) })),
  );
  return proposed.filter((f) => f.key.startsWith(prefix)).map((f) => `${f.key} ×${f.claims.length}`);
}

describe("a German party name and its English name are one holder", () => {
  test.each([
    {
      label: "a compound with Partei",
      articles: [
        { language: "de", text: "Die Fortschrittspartei erhält künftig 11 Sitze." },
        { language: "en", text: "The Progressive Party won 11 seats." },
      ],
      prefix: "quantity:seats",
      expected: ["quantity:seats/holder:progressive party ×2"],
    },
    {
      label: "a compound with a linking s",
      articles: [
        { language: "de", text: "Die Freiheitspartei erhält künftig 8 Sitze." },
        { language: "en", text: "The Freedom Party won 9 seats." },
      ],
      prefix: "quantity:seats",
      expected: ["quantity:seats/holder:freedom party ×2"],
    },
    {
      label: "the people's party",
      articles: [
        { language: "de", text: "Die Volkspartei kam auf 18,3 Prozent." },
        { language: "en", text: "The People's Party won 18.3% of the vote." },
      ],
      prefix: "quantity:votes",
      expected: ["quantity:votes/holder:people's party|% ×2"],
    },
    {
      label: "a hyphenated name without a word for a party meets the English name that adds one",
      articles: [
        { language: "de", text: "Die Links-Grünen erhalten 4 Sitze." },
        { language: "en", text: "The Left-Green Movement won 4 seats." },
      ],
      prefix: "quantity:seats",
      expected: ["quantity:seats/holder:left-green movement ×2"],
    },
    {
      // Two English names say the same words: the German one could be either, so it stays apart.
      label: "two English names for the same words",
      articles: [
        { language: "de", text: "Die Zentrumspartei erhält 6 Sitze." },
        { language: "en", text: "The Centre Party won 6 seats and the Center Party 2 seats." },
      ],
      prefix: "quantity:seats",
      expected: ["quantity:seats/holder:centre party ×1", "quantity:seats/holder:center party ×1", "quantity:seats/holder:zentrumspartei ×1"],
    },
  ] as const)("$label", ({ articles, prefix, expected }) => {
    expect(facets([...articles], prefix).sort()).toEqual([...expected].sort());
  });
});

describe("the words of a party's name", () => {
  test.each([
    { name: "Unabhängigkeitspartei", expected: { words: "independence party", language: "de" } },
    { name: "Independence Party", expected: { words: "independence party", language: "en" } },
    { name: "Arbeiterpartei", expected: { words: "labour party", language: "de" } },
    { name: "Sozialdemokratische Allianz", expected: { words: "social democratic alliance", language: "de" } },
    { name: "Social Democratic Alliance", expected: { words: "social democratic alliance", language: "en" } },
    { name: "die Links-Grünen", expected: { words: "left green", language: "de" } },
    // A word for a party alone, a name outside the vocabulary, a person: no party's words.
    { name: "Partei", expected: null },
    { name: "Reform", expected: null },
    { name: "Freie Wähler", expected: null },
    { name: "Anna Berger", expected: null },
    { name: "SPD", expected: null },
  ])("$name", ({ name, expected }) => {
    expect(partyNameWords(name)).toEqual(expected);
  });
});

describe("a party named by a compound holds a share, it is not what the share is of", () => {
  test.each([
    { text: "Die liberale Fortschrittspartei erreichte 9,4 Prozent.", expected: ["votes/holder:fortschrittspartei [9.4, 9.4] %"] },
    { text: "Die Arbeiterpartei kam auf 31 Prozent.", expected: ["votes/holder:arbeiterpartei [31, 31] %"] },
  ])("$text", ({ text, expected }) => {
    expect(extractClaims(text, { language: "de", publishedAt: "2026-05-04" }).map(claimSummary)).toEqual(expected);
  });
});
