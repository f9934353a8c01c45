import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "its chairman said", "sagte ihr Sprecher": a role behind a possessive speaks for the body named
// before it, as "he said" speaks for the person named before. A name after the role is the speaker
// itself. Our own sentences, published on Monday 2025-05-19 (test-fixtures.ts).
describe("a role behind a possessive speaks for the body named before", () => {
  test.each([
    { language: "en", text: "The nurses' union says the official toll is far too low. \"We count at least 48 deaths,\" its chairwoman said.", expected: ["dead [48, ∞), by union"] },
    { language: "de", text: "Die Feuerwehr meldete am Morgen neue Zahlen. \"Wir zählen inzwischen 48 Tote\", sagte ihr Sprecher.", expected: ["dead [48, 48], by fire brigade"] },
    { language: "de", text: "\"Wir zählen inzwischen 48 Tote\", sagte ihr Sprecher Jan Roth.", expected: ["dead [48, 48], by Jan Roth"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

test("with nobody named before, the role itself speaks", () => {
  expect(claimLines("Das Defizit steigt auf 3 Milliarden Euro, sagte seine Haushaltsexpertin.", "de")).toEqual(["deficit [3000000000, 3000000000] EUR, by Haushaltsexpertin"]);
});
