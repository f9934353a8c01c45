import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { proposeFacets } from "./propose-facets";
import { claimLines } from "./test-fixtures";

// Sentences of our own, German and English (published on Monday 2026-03-09): a party family is the
// one acronym of the event that spells its long name's initials, and a share given "demnach" (by the
// source of the sentence before) is a projection's share when that sentence names a projection.
type Article = { language: "de" | "en"; text: string };

function facets(articles: Article[]): string[] {
  const proposed = proposeFacets(
    articles.map((a, i) => ({ articleId: `a${i}`, language: a.language, text: a.text, candidates: extractClaims(a.text, { language: a.language, publishedAt: "2026-03-09" }) })),
  );
  return proposed.filter((f) => f.key.startsWith("quantity:")).map((f) => `${f.key} ×${f.claims.length}`);
}

describe("a party family is the acronym that spells its long name's initials", () => {
  test.each([
    {
      label: "Christdemokraten / CDU, in one language",
      articles: [
        { language: "de", text: "Die CDU liegt vorn. Die Christdemokraten kommen auf 31,2 Prozent." },
        { language: "de", text: "Am Abend sah es anders aus: Die CDU kam auf 29,8 Prozent." },
      ],
      expected: ["quantity:votes/holder:cdu|% ×2"],
    },
    {
      label: "Social Democrats / SPD, across languages (a country's letter after the initials)",
      articles: [
        { language: "de", text: "Die SPD gewinnt 28 Sitze." },
        { language: "en", text: "The Social Democrats won 27 seats." },
      ],
      expected: ["quantity:seats/holder:spd ×2"],
    },
    {
      label: "no acronym spells the family: it keeps its own name",
      articles: [
        { language: "de", text: "Die FDP gewinnt 8 Sitze." },
        { language: "en", text: "The Social Democrats won 27 seats." },
      ],
      expected: ["quantity:seats/holder:fdp ×1", "quantity:seats/holder:social democrats ×1"],
    },
  ] as const)("$label", ({ articles, expected }) => {
    expect(facets([...articles])).toEqual(expected);
  });
});

describe("'demnach' after a sentence naming a projection gives a projection's share", () => {
  test.each([
    {
      language: "de",
      text: "Die CDU hat die Wahl nach der ersten Hochrechnung von Nordsender klar gewonnen. Die Christdemokraten kommen demnach auf 33,5 Prozent.",
      expected: ["votes/holder:christdemokraten+projection [33.5, 33.5] %, by Nordsender, of Christdemokraten"],
    },
    // No projection named before: the share has no stage.
    { language: "de", text: "Die CDU hat die Wahl klar gewonnen. Die Christdemokraten kommen demnach auf 33,5 Prozent.", expected: ["votes/holder:christdemokraten [33.5, 33.5] %, of Christdemokraten"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
