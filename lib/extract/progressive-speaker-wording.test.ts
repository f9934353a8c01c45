import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure, in sentences of our own (published on Monday 2025-05-19): English "is
// demanding" is the progressive, not a passive, so its subject speaks; the passive keeps its agent.
// German has no progressive: the present already says it.

describe("the subject of a progressive speech verb gives the figure", () => {
  test.each([
    { language: "en", text: "The teachers' union is demanding 6% more pay.", expected: ["en:pay/change+demand [6, 6] %, by union"] },
    { language: "en", text: "A 6% rise is being demanded by the union.", expected: ["en:rise/change [6, 6] %, by union"] },
    { language: "de", text: "Die Lehrergewerkschaft fordert 6 Prozent mehr Lohn.", expected: ["de:lohn/change+demand [6, 6] %, by union"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
