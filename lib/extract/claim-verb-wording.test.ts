import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "claim" in the plain present after its speaker ("Organisers claim 8,000"), perhaps with an adverb
// between ("now", "still"), credits the figure to the speaker; after an article it is the noun, and
// credits no one. Sentences of our own wording.
describe("the plain present \"claim\" after its speaker credits the figure", () => {
  test.each([
    { language: "en", text: "Police counted 3,000 marchers. Organisers claim 8,000 took part.", expected: ["protesters [3000, 3000], by police", "protesters [8000, 8000], by organisers"] },
    { language: "en", text: "Police counted 3,000 marchers. The organisers now claim 8,000 took part.", expected: ["protesters [3000, 3000], by police", "protesters [8000, 8000], by organisers"] },
    { language: "en", text: "Police still estimate 3,000 marchers.", expected: ["protesters [3000, 3000], by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("the noun \"claim\" credits no one", () => {
  test.each([
    { language: "en", text: "The claim of 8,000 marchers was never checked.", expected: ["protesters [8000, 8000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
