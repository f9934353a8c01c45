import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "no" or "kein" before a counted noun is a count of zero, read like any figure; before anything
// else it counts nothing. Sentences of our own.
describe("a count of zero written with no / kein", () => {
  test.each([
    { language: "en", text: "The coastguard said no deaths had been reported.", expected: ["dead [0, 0], by coastguard"] },
    { language: "en", text: "The Pirate Party won no seats.", expected: ["seats/holder:pirate party [0, 0], of Pirate Party"] },
    { language: "de", text: "Laut Polizei gab es keine Festnahmen.", expected: ["arrests [0, 0], by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "en", text: "The ministry had no comment on the report." },
    { language: "de", text: "Das ist keine Frage des Geldes." },
  ] as const)("nothing: $text", ({ text, language }) => {
    expect(claimLines(text, language)).toEqual([]);
  });
});
