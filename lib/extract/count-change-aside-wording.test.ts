import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Agency copy and results tables give a count's change as a signed bare number in parentheses right
// after the count ("31 seats (+6)"), as they do a share's. A country code in parentheses has more
// digit groups after it and stays a phone number. Sentences of our own, in German and English.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a signed number in parentheses after a count is its change", () => {
  test.each([
    {
      language: "de",
      text: "Die Freien Wähler kommen auf 14 Sitze (+3), die Linke auf 5 Sitze (-2).",
      expected: ["seats/holder:freien wähler [14, 14]", "seats/holder:freien wähler+change [3, 3]", "seats/holder:linke [5, 5]", "seats/holder:linke+change [-2, -2]"],
    },
    {
      language: "en",
      text: "The Liberals won 31 seats (+6); the Conservatives 22 seats (-4).",
      expected: ["seats/holder:liberals [31, 31]", "seats/holder:liberals+change [6, 6]", "seats/holder:conservatives [22, 22]", "seats/holder:conservatives+change [-4, -4]"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a country code in parentheses is still a phone number", () => {
  test.each([
    { language: "de", text: "Für Rückfragen: (+43) 512 508 2000." },
    { language: "en", text: "Press office: (+44) 20 7946 0000." },
  ] as const)("$language: $text", ({ text, language }) => {
    expect(claims(text, language)).toEqual([]);
  });
});
