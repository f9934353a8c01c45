import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "estimate" is a verb after who estimates ("Police estimate the crowd at …") and a noun after an
// article, an adjective, a preposition or a participle ("the estimate", "citing estimates by …").
// Sentences of our own.

describe("a plain 'estimate' or 'estimating' after a claimant gives the figure to the claimant", () => {
  test.each([
    { text: "Police estimate the crowd at 14,000.", expected: ["protesters [14000, 14000], by police"] },
    { text: "Turnout rose, with police estimating 21,000 protesters in the old town.", expected: ["protesters [21000, 21000], by police"] },
    { text: "Insurers estimate the damage at €90m.", expected: ["cost [90000000, 90000000] EUR, by insurers"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});

describe("a word of counting used as a noun names no speaker", () => {
  test.each([
    // "citing counts by …": the noun after a participle is not the verb of "citing".
    { text: "The mayor put the crowd at 55,000, citing counts by city staff.", expected: ["protesters [55000, 55000], by mayor"] },
    { text: "The estimate of 14,000 protesters was disputed.", expected: ["protesters [14000, 14000]"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
