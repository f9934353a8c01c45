import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// What a source names is no source: "nannte dagegen eine höhere Zahl", "gave higher figures" end in
// the figure word, so the speaker is the one before the verb. Sentences of our own.
describe("a phrase ending in a figure word after a verb of saying is what was said, not who said it", () => {
  test.each([
    {
      language: "de",
      text: "Das Krankenhaus nannte dagegen eine höhere Zahl: Dort würden 36 Verletzte behandelt.",
      expected: ["injured [36, 36], by Krankenhaus"],
    },
    {
      language: "en",
      text: "The hospital gave higher figures: 36 people were treated for injuries there.",
      expected: ["injured [36, 36], by hospital"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
