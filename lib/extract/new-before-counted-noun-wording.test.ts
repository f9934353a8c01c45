import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own, in German and English (published on Monday 2025-05-19): "new" / "neue"
// between a figure and its noun says nothing of what is counted, so the sentence gives the claim it
// gives without it. English "new" also opens currency names ("New Zealand dollars"), which must
// still read as a unit where that name follows.

describe("'new' before the counted noun counts the noun", () => {
  test.each([
    { language: "en", text: "The carmaker will create 350 new posts at its plant.", plain: "The carmaker will create 350 posts at its plant.", expected: ["en:job [350, 350]"] },
    { language: "en", text: "Health officials logged 1,800 new cases on Sunday.", plain: "Health officials logged 1,800 cases on Sunday.", expected: ["en:case [1800, 1800], as of 2025-05-18"] },
    { language: "en", text: "The party holds 9 new seats.", plain: "The party holds 9 seats.", expected: ["seats [9, 9]"] },
    { language: "de", text: "Der Autobauer schafft 350 neue Stellen im Werk.", plain: "Der Autobauer schafft 350 Stellen im Werk.", expected: ["en:job [350, 350]"] },
    { language: "de", text: "Die Behörde meldete 1.800 neue Fälle.", plain: "Die Behörde meldete 1.800 Fälle.", expected: ["en:case [1800, 1800], by authority"] },
  ] as const)("$language: $text", ({ text, plain, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
    expect(claimLines(plain, language)).toEqual(expected);
  });
});

describe("a currency named with 'new' stays a unit", () => {
  test.each([
    { language: "en", text: "The bridge will cost 450 million New Zealand dollars.", expected: ["cost [450000000, 450000000] NZD"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
