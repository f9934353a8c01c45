import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// "Den Ausgaben von 8,4 Mrd. Euro stehen Einnahmen … gegenüber": a noun the tables know right before
// "von"/"of" and the money says what the money is, before any noun after it. Sentences of our own.
const PUBLISHED = "2030-10-02";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a known noun before 'von'/'of' names the money, not a noun after it", () => {
  test.each([
    {
      language: "de",
      text: "Den Ausgaben von 8,4 Mrd. Euro stehen Einnahmen von 7,9 Mrd. Euro gegenüber.",
      expected: ["spending [8400000000, 8400000000] EUR", "revenue [7900000000, 7900000000] EUR"],
    },
    {
      language: "de",
      text: "Die Regierung plant einen Notkredit von 250 Millionen Euro für den Hochwasserschutz.",
      expected: ["deficit/de:not [250000000, 250000000] EUR"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
