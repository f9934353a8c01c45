import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// An English claimant read rightward after a name ends before the clause's verb. Sentences of our own.

describe("a report's author named after 'by' stops at the verb", () => {
  test.each([
    { text: "The latest poll by the Civica institute put the Liberals on 21.5%.", expected: ["votes/holder:liberals [21.5, 21.5] %, by Civica institute, of Liberals"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});

describe("a lowercase noun after a name is still part of it", () => {
  test.each([
    { text: "According to the Civica institute, 41 people died.", expected: ["dead [41, 41], by Civica institute"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
