import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure, in sentences of our own (published on Monday 2025-05-19): a source keeping to
// its figure, a German source named in the genitive, and a board that runs a vote.

describe("a known source keeping to its figure gives it", () => {
  test.each([
    { language: "de", text: "Die Feuerwehr bleibt bei 14 Verletzten.", expected: ["injured [14, 14], by fire brigade"] },
    { language: "de", text: "Die Gewerkschaft hält an ihrer Zahl von 6.000 Streikenden fest.", expected: ["strikers [6000, 6000], by union"] },
    // A level that stays names no source.
    { language: "de", text: "Der Hebesatz bleibt bei 450 Prozent.", expected: ["de:hebesatz [450, 450] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a German source in the genitive is named as in the nominative", () => {
  test.each([
    { language: "de", text: "Nach Angaben des Veranstalters kamen 12.000 Menschen.", expected: ["people [12000, 12000], by organisers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a board speaks for its figures", () => {
  test.each([
    { language: "en", text: "Turnout was 58.3%, the county electoral board said.", expected: ["turnout [58.3, 58.3] %, by electoral board"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
