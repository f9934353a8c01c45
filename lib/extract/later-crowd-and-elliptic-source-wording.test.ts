import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own wording. A headline's bare figure after a verb of counting ("Polizei zählt
// 12.000") counts the crowd the body counts later; a second figure in a clause without a verb of its
// own ("…, die Veranstalter 20.000") counts the same crowd for the source named right before it.

describe("a bare count in a headline counts the crowd the body counts later", () => {
  test.each([
    {
      language: "de",
      text: "Polizei zählt 12.000, Veranstalter 20.000\n\nIn der Hauptstadt demonstrierten am Samstag laut Veranstaltern rund 20.000 Menschen gegen die Reform.",
      expected: ["protesters [12000, 12000], by police", "protesters [20000, 20000], by organisers", "protest/law 2025-05-17..2025-05-17 day", "protesters [18000, 22000], as of 2025-05-17, by organisers"],
    },
    {
      language: "en",
      text: "Police counted 12,000, organisers about 20,000\n\nOn Saturday 20,000 protesters marched through the capital against the reform, organisers said.",
      expected: ["protesters [12000, 12000], by police", "protesters [18000, 22000], by organisers", "protest/law 2025-05-17..2025-05-17 day", "protesters [20000, 20000], as of 2025-05-17, by organisers"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
  test.each([
    { language: "de", text: "Polizei zählt 12.000\n\nDer Fluss trat über die Ufer, 40 Häuser wurden überflutet." },
    { language: "en", text: "Police counted 12,000\n\nThe river burst its banks and 40 homes were flooded." },
  ] as const)("$language: no crowd later: $text", ({ text, language }) => {
    expect(claimLines(text, language).filter((l) => l.startsWith("protesters"))).toEqual([]);
  });
});

describe("the second figure of an elliptic clause is its own source's", () => {
  test.each([
    { language: "de", text: "Laut Gewerkschaft demonstrierten 5.000 Menschen. Die Polizei zählte 3.000, die Veranstalter 4.500.", expected: ["protesters [5000, 5000], by union", "protesters [3000, 3000], by police", "protesters [4500, 4500], by organisers"] },
    { language: "en", text: "Organisers said 15,000 protesters marched. Police counted 9,000, organisers nearly 12,000.", expected: ["protesters [15000, 15000], by organisers", "protesters [9000, 9000], by police", "protesters [10800, 12000), by organisers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// The rival's clause may repeat the verb's preposition before its figure.
describe("a rival source whose clause repeats the verb's preposition", () => {
  test.each([
    { language: "de", text: "Die Polizei sprach von rund 16.000 Teilnehmern, die Veranstalter von mehr als 40.000.", expected: ["protesters [14400, 17600], by police", "protesters (40000, ∞), by organisers"] },
    { language: "en", text: "Police put the crowd at 16,000, organisers at 40,000.", expected: ["protesters [16000, 16000], by police", "protesters [40000, 40000], by organisers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
