import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// An adverb between a speaker and its verb ("the union again gave", "wie die Polizei erneut
// mitteilte") is no part of who speaks, and no speaker on its own ("…, again recorded in …").
// Sentences of our own, in German and English. Published on Monday 2025-05-19.

describe("an adverb before a cue verb is skipped, never read as the speaker", () => {
  test.each([
    {
      language: "en",
      text: "He put the turnout at 1.1 million; the union again gave a figure of 2.5 million.",
      expected: ["turnout [1100000, 1100000]", "turnout [2500000, 2500000], by union"],
    },
    {
      language: "en",
      text: "Turnout fell to 41.2%, with the lowest figure, 30.1%, again recorded in the harbour district.",
      expected: ["turnout [41.2, 41.2] %", "turnout [30.1, 30.1] %"],
    },
    {
      language: "de",
      text: "Rund 9.000 Menschen demonstrierten in Graz, wie die Polizei erneut mitteilte.",
      expected: ["protesters [8100, 9900], in AT/Graz, by police"],
    },
    {
      language: "de",
      text: "Die Polizei zählte 9.000 Teilnehmende, während die Gewerkschaft inzwischen von 20.000 sprach.",
      expected: ["protesters [9000, 9000], by police", "protesters [20000, 20000], by union"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
