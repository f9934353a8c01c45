import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// English never puts its speaker after the verb as a pronoun: in "organisers say it is …" the
// pronoun opens what is said. Sentences of our own.

describe("a speaker named right before the verb speaks when a pronoun follows it", () => {
  test.each([
    { text: "Police counted 12,000 protesters; organisers say it was more than 40,000.", expected: ["protesters [12000, 12000], by police", "protesters (40000, ∞), by organisers"] },
    { text: "Officials say they counted 2,300 damaged buildings.", expected: ["buildings/en:damag [2300, 2300], by officials"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});

describe("a pronoun before the verb still points back to the speaker named before", () => {
  test.each([
    { text: "The union spoke of a huge turnout. It said 40,000 protesters had marched.", expected: ["protesters [40000, 40000], by union"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
