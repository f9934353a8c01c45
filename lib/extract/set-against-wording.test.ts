import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A rival figure set against the figure before it ("against the government's forecast of €40.5bn",
// "gegenüber der Prognose der Regierung von 40,5 Milliarden Euro") answers the same question for the
// same day. Sentences of our own wording, German and English.
const PUBLISHED = "2030-05-06";

const dated = (text: string, language: "de" | "en") =>
  extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${claimSummary(c)} as of ${c.scope.asOf ? `${c.scope.asOf.from}..${c.scope.asOf.to}` : "-"}`);

describe("a forecast, projection or assumption is a figure of what the sentence is about, not what a sum is of", () => {
  test.each([
    { language: "en", text: "Spending will reach €41.2bn, against the government's projection of €40.5bn.", expected: ["spending [41200000000, 41200000000] EUR as of 2030-05-06..2030-05-06", "spending [40500000000, 40500000000] EUR as of 2030-05-06..2030-05-06"] },
    { language: "en", text: "Revenue will be €12.4bn, against an assumption of €13.1bn.", expected: ["revenue [12400000000, 12400000000] EUR as of 2030-05-06..2030-05-06", "revenue [13100000000, 13100000000] EUR as of 2030-05-06..2030-05-06"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(dated(text, language)).toEqual(expected);
  });
});

describe("a rival set against the figure before it holds for that figure's day", () => {
  test.each([
    {
      language: "en",
      text: "The audit office said debt would reach €41.2bn by the end of 2031, against the government's forecast of €40.5bn.",
      expected: ["debt [41200000000, 41200000000] EUR as of 2031-12-31..2031-12-31", "debt [40500000000, 40500000000] EUR as of 2031-12-31..2031-12-31"],
    },
    {
      language: "de",
      text: "Der Rechnungshof erwartet, dass die Schulden Ende 2031 bei 41,2 Milliarden Euro liegen, gegenüber der Prognose der Regierung von 40,5 Milliarden Euro.",
      expected: ["debt [41200000000, 41200000000] EUR as of 2031-12-31..2031-12-31", "debt [40500000000, 40500000000] EUR as of 2031-12-31..2031-12-31"],
    },
    // A figure of another subject after the marker keeps its own day.
    {
      language: "en",
      text: "Debt would reach €41.2bn by the end of 2031, compared with tax revenue of €12.4bn this year.",
      expected: ["debt [41200000000, 41200000000] EUR as of 2031-12-31..2031-12-31", "revenue/en:tax [12400000000, 12400000000] EUR as of 2030-01-01..2030-12-31"],
    },
    {
      language: "de",
      text: "Die Schulden sollen Ende 2031 bei 41,2 Milliarden Euro liegen, gegenüber Steuereinnahmen von 12,4 Milliarden Euro in diesem Jahr.",
      expected: ["debt [41200000000, 41200000000] EUR as of 2031-12-31..2031-12-31", "revenue [12400000000, 12400000000] EUR as of 2030-01-01..2030-12-31"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(dated(text, language)).toEqual(expected);
  });
});
