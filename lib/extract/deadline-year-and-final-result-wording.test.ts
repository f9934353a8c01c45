import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A plan's target year, and the day of a final result named in words: sentences of our own, in
// German and English. Published on Monday 2025-05-19 (an as-of equal to it is not shown).

describe("a year alone after 'by'/'bis' is a plan's deadline: the figure holds as told", () => {
  test.each([
    { language: "de", text: "Die Stadt will ihren Energieverbrauch bis 2035 um 30 Prozent senken.", expected: ["de:energieverbrauch/change [-30, -30] %"] },
    { language: "en", text: "The plan would shut about 40 clinics by 2030.", expected: ["en:hospit [36, 44]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a level at the turn of a year keeps that day", () => {
  test.each([
    { language: "de", text: "Die Schulden steigen bis Ende 2027 auf 12 Milliarden Euro.", expected: ["debt [12000000000, 12000000000] EUR, as of 2027-12-31"] },
    { language: "en", text: "Debt will reach €12bn by the end of 2027.", expected: ["debt [12000000000, 12000000000] EUR, as of 2027-12-31"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a final result named in words is dated", () => {
  test.each([
    { language: "de", text: "Der Kreiswahlausschuss will das endgültige Ergebnis am Donnerstag feststellen.", expected: ["result 2025-05-22..2025-05-22 day"] },
    { language: "de", text: "Die Wahlbehörde hat das amtliche Ergebnis am Freitag bekanntgegeben.", expected: ["result 2025-05-16..2025-05-16 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
