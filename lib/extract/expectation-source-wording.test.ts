import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure, in sentences of our own (published on Monday 2025-05-19): whoever expects a
// figure gives it, as whoever estimates or forecasts one does; a figure that "is expected" names no one.

describe("the subject of a verb of expecting gives the figure", () => {
  test.each([
    { language: "de", text: "Der Rechnungshof erwartet ein Defizit von 4,1 Milliarden Euro.", expected: ["deficit [4100000000, 4100000000] EUR, by Rechnungshof"] },
    { language: "de", text: "Die Versicherer erwarten Schäden von rund 300 Millionen Euro.", expected: ["cost [270000000, 330000000] EUR, by Versicherer"] },
    { language: "en", text: "The audit office expects a deficit of €4.1bn.", expected: ["deficit [4100000000, 4100000000] EUR, by audit office"] },
    // A passive names what is expected, not who expects it; an attribute "erwartet" names no one either.
    { language: "en", text: "The deficit is expected to reach €4.1bn.", expected: ["deficit [4100000000, 4100000000] EUR"] },
    { language: "de", text: "Die Gewerbesteuer ist mit erwarteten 2,35 Milliarden Euro die größte Einnahme.", expected: ["revenue [2350000000, 2350000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
