import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A word saying where the counted are ("outside", "nearby", "nationwide", "draußen", "vor Ort",
// "bundesweit") stands after a figure as an adverb or a preposition: it is never the counted noun.
// Sentences of our own wording.
describe("a word of place after a figure is no counted noun", () => {
  test.each([
    { language: "en", text: "Officials said 2,000 outside the town hall and 400 inside.", expected: [] },
    { language: "en", text: "Officials said 45,000 nationwide.", expected: [] },
    { language: "en", text: "The agency said 800 abroad.", expected: [] },
    { language: "de", text: "Laut Stadt harrten 2.000 draußen aus.", expected: [] },
    { language: "de", text: "Die Veranstalter sprachen von 4.000 vor Ort.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("the noun before a word of place is still what is counted", () => {
  test.each([
    { language: "en", text: "Officials said 2,000 protesters waited outside.", expected: ["protesters [2000, 2000], by officials"] },
    { language: "en", text: "The commission counted 310,000 votes abroad.", expected: ["votes/abroad [310000, 310000], by commission"] },
    { language: "en", text: "Officials counted two overseas seats.", expected: ["seats/en:oversea [2, 2], by officials"] },
    { language: "de", text: "Laut Stadt warteten 2.000 Demonstranten draußen.", expected: ["protesters [2000, 2000], by Stadt"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
