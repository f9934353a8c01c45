import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Wire and business style glue an ISO currency code to its amount ("CHF5.2bn", "NOK438bn"). Letters
// glued to digits otherwise name a thing ("A380", "B12"), so only a known three-letter code is money.
// Each case is a sentence of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a currency code glued to the figure makes it money", () => {
  test.each([
    { language: "de", text: "Das Defizit steigt auf EUR4,2 Mrd.", expected: ["deficit [4200000000, 4200000000] EUR"] },
    { language: "de", text: "Für die Schulen plant die Regierung SEK12 Milliarden ein.", expected: ["spending/area:education [12000000000, 12000000000] SEK"] },
    { language: "en", text: "The ministry expects a deficit of NOK312bn next year.", expected: ["deficit [312000000000, 312000000000] NOK"] },
    { language: "en", text: "The city will spend USD40m on schools.", expected: ["spending [40000000, 40000000] USD"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("other letters glued to digits still name a thing", () => {
  test.each([
    { language: "de", text: "Der Konzern bestellte 12 Maschinen vom Typ A380.", expected: ["de:maschin [12, 12]"] },
    { language: "en", text: "Police said 12 people were hurt near gate B12.", expected: ["injured [12, 12]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
