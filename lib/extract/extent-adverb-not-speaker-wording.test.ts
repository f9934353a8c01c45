import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "Landesweit seien nach eigenen Angaben …": German capitalizes an adverb of extent ("bundesweit",
// "landesweit", "stadtweit") only as a sentence's first word; it is never the speaker. English writes
// "Nationwide" the same way and never read it as one. Sentences of our own, published Monday 2025-05-19.

describe("an adverb of extent opening the sentence is no speaker", () => {
  test.each([
    { language: "de", text: "Landesweit seien nach eigenen Angaben über 250.000 Menschen dem Aufruf gefolgt.", expected: ["protesters (250000, ∞)"] },
    { language: "de", text: "Landesweit sprach man von 41 Festnahmen.", expected: ["arrests [41, 41]"] },
    { language: "de", text: "Bundesweit zählte die Gewerkschaft 40.000 Streikende.", expected: ["strikers [40000, 40000], by union"] },
    { language: "en", text: "Nationwide, the union counted 40,000 strikers.", expected: ["strikers [40000, 40000], by union"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
