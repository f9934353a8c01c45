import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A figure set aside ("nicht auf 2.900 Euro, wie die Stadt angebe", "not the 61.0% the agency
// projects") is credited to the clause right after it; that clause speaks for no other figure of the
// sentence. Sentences of our own.

describe("the clause after a figure set aside gives that figure only", () => {
  test.each([
    {
      text: "Die Schulden stiegen bis 2031 auf über 4.100 Euro je Einwohner und nicht auf 3.900 Euro, wie die Stadtkämmerin angebe, rechnet die Handelskammer vor.",
      lang: "de" as const,
      expected: ["debt/per resident (4100, ∞) EUR, by Handelskammer", "debt/per resident [3900, 3900] EUR, by Stadtkämmerin"],
    },
    {
      text: "The audit office put public debt at 63.5% of GDP, not the 61.0% the treasury projects.",
      lang: "en" as const,
      expected: ["debt/of:gdp [63.5, 63.5] %, by audit office", "debt/of:gdp [61, 61] %, by treasury"],
    },
  ])("$text", ({ text, lang, expected }) => {
    expect(claimLines(text, lang)).toEqual(expected);
  });
});
