import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A figure and the day it was reported, in a clause about the figure itself: sentences of our own, in
// German and English. Published on Monday 2025-05-19 (an as-of equal to it is not shown).

describe("a past form of speech right after the figure gives the figure its day", () => {
  test.each([
    { language: "en", text: "Police said on Sunday that 60 people were held, up from the 45 arrests they reported on Saturday evening.", expected: ["people [60, 60], as of 2025-05-18, by police", "arrests [45, 45], as of 2025-05-17, by police"] },
    { language: "en", text: "The agency said on Sunday that the toll stood at 12, up from 9 announced on Friday.", expected: ["dead [12, 12], as of 2025-05-18, by agency", "dead/previous [9, 9], as of 2025-05-16, by agency"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a source's saying after a comma stays the day of the saying", () => {
  test.each([
    { language: "en", text: "Some 60 people were detained, the police said on Saturday.", expected: ["arrests [54, 66], by police"] },
    { language: "de", text: "Rund 60 Menschen wurden festgenommen, teilte die Polizei am Samstag mit.", expected: ["arrests [54, 66], by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
