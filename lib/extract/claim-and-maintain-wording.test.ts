import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Holding to a figure against others is giving it: "organisers claim", "the operator maintains
// that". A genitive before "claim" makes it the noun ("the party's claim that …"). Sentences of our own.

describe("a source that claims or maintains a figure gives it", () => {
  test.each([
    { text: "Organisers now claim 65,000 people joined the march.", expected: ["protesters [65000, 65000], by organisers"] },
    { text: "The ferry operator maintains that only 140 people were on board.", expected: ["people [140, 140], by ferry operator"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});

describe("a claim owned by a genitive is a noun: its owner gives the figure", () => {
  test.each([
    { text: "The union's claim of 65,000 marchers was not borne out.", expected: ["protesters [65000, 65000], by union"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
