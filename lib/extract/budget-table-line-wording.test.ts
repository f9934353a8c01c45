import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A budget's table in running text: one line per area, a colon and its money, with no verb. The
// area opening the line is what the money is spent on. Lists of our own, in German and English.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("an area of the budget opening a line before a colon is spent on", () => {
  test.each([
    {
      language: "de",
      text: "Ausgaben nach Bereichen\n\nBildung: 2,4 Mrd. Euro\nGesundheit: 1,1 Mrd. Euro",
      expected: ["spending/area:education [2400000000, 2400000000] EUR", "spending/area:health [1100000000, 1100000000] EUR"],
    },
    {
      language: "en",
      text: "Spending by area\n\nEducation: €2.4bn (+3.1%)\nHealth: €1.1bn",
      expected: ["spending/area:education [2400000000, 2400000000] EUR", "spending/area:education+change [3.1, 3.1] %", "spending/area:health [1100000000, 1100000000] EUR"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
