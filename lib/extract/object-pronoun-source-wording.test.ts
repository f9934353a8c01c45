import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A source that names its figure's object by a pronoun ("put it at", "beziffert sie auf"): sentences of
// our own, in German and English. Published on Monday 2025-05-19.

describe("the pronoun after a verb of giving a figure is its object, and the subject before it speaks", () => {
  test.each([
    {
      language: "de",
      text: "Die Polizei zählte am Nachmittag 12.000 Menschen; der Mieterbund beziffert sie auf 30.000.",
      expected: ["people [12000, 12000], by police", "people [30000, 30000], by Mieterbund"],
    },
    {
      language: "en",
      text: "Police counted 12,000 people in the afternoon; the tenants' union put it at 30,000.",
      expected: ["protesters [12000, 12000], by police", "protesters [30000, 30000], by union"],
    },
    {
      language: "de",
      text: "Das Ministerium nannte eine Lücke von 1,2 Milliarden Euro. Die Kritiker schätzen sie auf mehr als 2 Milliarden Euro.",
      expected: ["deficit [1200000000, 1200000000] EUR, by ministry", "deficit (2000000000, ∞) EUR, by critics"],
    },
    {
      language: "en",
      text: "The ministry put the shortfall at €1.2bn. Critics estimated it far higher, at more than €2bn.",
      expected: ["deficit [1200000000, 1200000000] EUR, by ministry", "deficit (2000000000, ∞) EUR, by critics"],
    },
    // A hyphenated claimant noun is one word: "city-state", not "-state".
    {
      language: "en",
      text: "The fire service said 40 homes were damaged; the city-state put it at 55.",
      expected: ["buildings/en:damag [40, 40], by fire service", "buildings/en:damag [55, 55], by city-state"],
    },
    // "He put it at": a pronoun before the verb is still its speaker, named before.
    {
      language: "en",
      text: "The mayor said 40 homes were damaged. He put it at 55 on Tuesday.",
      expected: ["buildings/en:damag [40, 40], by mayor", "buildings/en:damag [55, 55], as of 2025-05-13, by mayor"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
