import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of the twelfth session's rules, in sentences of our own, German and English. Published on
// Monday 2025-05-19 (test-fixtures.ts).

// English "be" before an -ing form is the progressive, an active verb: its subject gives the figure
// as with "demands" or "offered". Only a past participle after "be" makes a passive, whose speaker
// stands after "by". German has no progressive; its plain present says the same.
describe("a speech verb in the progressive keeps its subject as the speaker", () => {
  test.each([
    { language: "en", text: "The union is demanding an 8.5% pay rise.", expected: ["en:rise/change+demand [8.5, 8.5] %, by union"] },
    { language: "en", text: "The employers were offering 3% more pay.", expected: ["en:pay/change+offer [3, 3] %, by employers"] },
    { language: "de", text: "Die Gewerkschaft fordert derzeit 8,5 Prozent mehr Lohn.", expected: ["de:lohn/change+demand [8.5, 8.5] %, by union"] },
    { language: "de", text: "Die Arbeitgeber boten zuletzt 3 Prozent mehr Lohn.", expected: ["de:lohn/change+offer [3, 3] %, by employers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
