import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "In Lyon waren es 12.000": German "es" after a copula stands for what the count before counted,
// as English "it was 12,000" does. Sentences of our own.

describe("a count behind a copula and 'es' counts what the count before counted", () => {
  test.each([
    { language: "de", text: "Die Polizei zählte 48.000 Demonstrierende. Allein in Lyon waren es laut Polizei 9.000, in Lille 4.000.", expected: ["protesters [48000, 48000], by police", "protesters [9000, 9000], in FR/Lyon, by police", "protesters [4000, 4000], in FR/Lille, by police"] },
    { language: "de", text: "Die Polizei zählte 48.000 Demonstrierende. In Lyon sind es 9.000.", expected: ["protesters [48000, 48000], by police", "protesters [9000, 9000], in FR/Lyon"] },
    { language: "en", text: "Police counted 48,000 protesters. In Lyon it was 9,000.", expected: ["protesters [48000, 48000], by police", "protesters [9000, 9000], in FR/Lyon"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("'es' opening the sentence stands for nothing counted before", () => {
  test.each([
    { language: "de", text: "Es gab 40 Verletzte. Es waren 40 Minuten Verspätung.", expected: ["injured [40, 40]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
