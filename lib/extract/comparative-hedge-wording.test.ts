import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own (published on Monday 2026-03-09): a figure set against a lower one with
// "closer to" is, as after "close to", just below it.

describe("'closer to' puts the figure just below the number", () => {
  test.each([
    { language: "en", text: "Critics said the real deficit was closer to £40bn.", expected: ["deficit [36000000000, 40000000000) GBP, by critics"] },
    { language: "en", text: "The opposition put the true cost of the scheme closer to €250m.", expected: ["cost [225000000, 250000000) EUR, by opposition"] },
    { language: "en", text: "Organisers said the crowd was closer to 60,000.", expected: ["protesters [54000, 60000), by organisers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
