import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// "Pro Kopf sind das 1.500 Euro", "That is about €900 per resident": a demonstrative equated with an
// amount stands for the figure just before, also across the sentence's start, and the amount is that
// figure per person. Next to a noun "das" is an article. Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a demonstrative equated with an amount is the figure before, per person", () => {
  test.each([
    {
      language: "de",
      text: "Die Schulden der Gemeinde steigen auf 40 Millionen Euro. Pro Einwohner sind das etwa 2.000 Euro.",
      expected: ["debt [40000000, 40000000] EUR", "debt/per resident [1800, 2200] EUR"],
    },
    {
      language: "de",
      text: "Die Schulden der Gemeinde steigen auf 40 Millionen Euro. Pro Kopf sind das Ende 2027 gut 2.000 Euro, nach 1.700 Euro Ende 2025.",
      expected: ["debt [40000000, 40000000] EUR", "debt/per resident (2000, 2200] EUR", "debt/per resident [1700, 1700] EUR"],
    },
    {
      language: "en",
      text: "The town's debt rises to €40m. That is about €2,000 per resident.",
      expected: ["debt [40000000, 40000000] EUR", "debt/per resident [1800, 2200] EUR"],
    },
    {
      language: "en",
      text: "The town's debt rises to €40m. Per resident, that is about €2,000.",
      expected: ["debt [40000000, 40000000] EUR", "debt/per resident [1800, 2200] EUR"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("'das' before a noun is its article, and the noun says what the amount is", () => {
    expect(claims("Der Haushalt umfasst 2 Milliarden Euro. Damit ist das Defizit auf 30 Millionen Euro gestiegen.", "de")).toEqual([
      "budget [2000000000, 2000000000] EUR",
      "deficit [30000000, 30000000] EUR",
    ]);
  });
});
