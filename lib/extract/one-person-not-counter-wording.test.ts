import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "Ein Sprecher bezifferte die Zahl der Verletzten auf 12": a fate after a count word names the
// count the figure gives, never what befell the one person before it; a person whose own fate the
// clause tells is still counted as one. Sentences of our own. Published on Monday 2025-05-19.

describe("one person is counted by their own fate, not by a count they give", () => {
  test.each([
    { text: "Ein Sprecher des Ministeriums bezifferte die Zahl der Verletzten auf 12.", expected: ["injured [12, 12], by ministry"] },
    { text: "Eine Sprecherin bezifferte die Zahl der Toten auf 3.", expected: ["dead [3, 3], by Sprecherin"] },
    { text: "Eine Frau wurde schwer verletzt.", expected: ["injured [1, 1]"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });
});
