import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { proposeFacets } from "./propose-facets";
import { PUBLISHED, claimLines } from "./test-fixtures";

// Wording of an outbreak: "Erkrankte", "Infizierte", "infections" and the states "erkrankt",
// "tested positive" count the sick; in an article that counts them, its cases are theirs too.
// Sentences of our own.

describe("the sick of an outbreak", () => {
  test.each([
    { language: "de", text: "Die Zahl der an Legionellose erkrankten Menschen ist auf 38 gestiegen.", lines: ["sick [38, 38]"] },
    { language: "de", text: "Die Behörden haben 43 Erkrankungen bestätigt.", lines: ["sick [43, 43], by authorities"] },
    { language: "en", text: "Officials said 41 people had tested positive.", lines: ["sick [41, 41], by officials"] },
    { language: "en", text: "Salmonella outbreak: 27 people now ill", lines: ["sick [27, 27]"] },
    { language: "en", text: "The works council put the number of sick employees at 110.", lines: ["sick/workers [110, 110], by works council"] },
    { language: "de", text: "Inzwischen gibt es 38 Erkrankte. Am Montag war noch von 23 Fällen die Rede.", lines: ["sick [38, 38]", "sick [23, 23]"] },
  ] as const)("$language: $text", ({ language, text, lines }) => {
    expect(claimLines(text, language)).toEqual(lines);
  });

  test("without the sick, a case stays a case", () => {
    expect(claimLines("Die Polizei erstattete in 30 Fällen Anzeige.", "de")).toEqual(["en:case [30, 30]"]);
  });
});

describe("the sick of an outbreak across an event", () => {
  test("an article's cases join another article's sick in one facet", () => {
    const read = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED });
    const facets = proposeFacets([
      { articleId: "a", language: "de", candidates: read("Inzwischen gibt es 38 Erkrankte.", "de") },
      { articleId: "b", language: "en", candidates: read("The number of confirmed cases rose to 41.", "en") },
    ]);
    expect(facets.map((f) => [f.label, f.claims.length])).toEqual([["Sick or infected", 2]]);
  });
});
