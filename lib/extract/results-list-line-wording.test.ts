import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A table of results in running text: one line per party, its name, a colon and its figures, with
// no verb. The name opening the line holds the share; it does not speak. Each case is a list of our
// own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a name opening a line before a colon holds the share after it", () => {
  test.each([
    {
      language: "de",
      text: "Vorläufiges Endergebnis der Gemeinderatswahl\n\nSPD: 28,4 % (-3,0)\nFDP: 6,1 % (+0,8)",
      expected: ["votes/holder:spd [28.4, 28.4] %", "votes/holder:spd+change [-3, -3] pp", "votes/holder:fdp [6.1, 6.1] %", "votes/holder:fdp+change [0.8, 0.8] pp"],
    },
    {
      language: "en",
      text: "The county result at a glance\n\nChristian Union: 11.9% (-2.2)\nFarmers Party: 9.4% (+1.7)",
      expected: ["votes/holder:christian union [11.9, 11.9] %", "votes/holder:christian union+change [-2.2, -2.2] pp", "votes/holder:farmers party [9.4, 9.4] %", "votes/holder:farmers party+change [1.7, 1.7] pp"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a noun the tables know before the colon still names what the figure is of", () => {
  test.each([
    { language: "de", text: "Wahlbeteiligung: 61,2 Prozent", expected: ["turnout [61.2, 61.2] %"] },
    { language: "en", text: "Turnout: 58.4%", expected: ["turnout [58.4, 58.4] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a source before a colon still speaks when a noun follows the share", () => {
  test.each([
    { language: "de", text: "Polizei: 12 Prozent mehr Festnahmen als im Vorjahr", attribution: "police" },
    { language: "en", text: "Police: 12% more arrests than last year", attribution: "police" },
  ] as const)("$language: $text", ({ text, language, attribution }) => {
    expect(extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => c.attribution)).toEqual([attribution]);
  });
});
