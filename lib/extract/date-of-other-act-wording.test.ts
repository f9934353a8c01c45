import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own. A day can belong to another act than the event its sentence reports: the
// day a source spoke ("said on Thursday the strike …"), or a day in an aside that describes a thing
// ("The bridge, built in 1998, collapsed").
describe("a day of another act dates no event", () => {
  test.each([
    { language: "en", text: "The bridge, built in 1998, collapsed.", expected: [] },
    { language: "de", text: "Die 1998 gebaute Brücke stürzte ein.", expected: [] },
    { language: "en", text: "Lufthansa said on Thursday the strike had cost it 30 million euros.", expected: ["cost [30000000, 30000000] EUR, as of 2025-05-15, by Lufthansa"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("the event's own day is still read beside an aside", () => {
    expect(claimLines("The bridge, built in 1998, collapsed on Monday.", "en").some((line) => line.startsWith("collapse"))).toBe(true);
  });

});
