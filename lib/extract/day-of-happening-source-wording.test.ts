import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Whose the day of a happening is: sentences of our own, in German and English. Published on Monday
// 2025-05-19.

describe("the day of what happened is told in the outlet's voice, though a source gives the figures", () => {
  test.each([
    { language: "de", text: "Der Damm brach am Samstagabend, teilte die Feuerwehr mit.", expected: ["collapse/dam 2025-05-17..2025-05-17 day"] },
    { language: "en", text: "The dam burst on Saturday evening, the fire service said.", expected: ["collapse/dam 2025-05-17..2025-05-17 day"] },
    { language: "de", text: "Nach Angaben der Polizei begann die Kundgebung am Freitag.", expected: ["begin 2025-05-16..2025-05-16 day"] },
    { language: "en", text: "According to the police, the rally began on Friday.", expected: ["begin 2025-05-16..2025-05-16 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a day ahead is the plan of whoever announces it", () => {
  test.each([
    { language: "de", text: "Der Streik soll am Donnerstag beginnen, teilte die Gewerkschaft mit.", expected: ["begin 2025-05-22..2025-05-22 day, by union"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
