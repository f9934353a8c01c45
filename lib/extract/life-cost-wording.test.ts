import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// German reports deaths as the life a disaster cost or people lost: "kostete zwölf Menschen das
// Leben", "haben das Leben verloren". The same object after a verb of rescue is no death. Our own
// sentences, published on Monday 2025-05-19 (test-fixtures.ts).
describe("the life a disaster cost or people lost counts the dead", () => {
  test.each([
    { text: "Der Erdrutsch kostete nach Angaben der Behörden mindestens 17 Menschen das Leben.", expected: ["dead [17, ∞), by authorities"] },
    { text: "Die Flut hat bisher 31 Menschen das Leben gekostet.", expected: ["dead [31, 31]"] },
    { text: "Das Feuer, das vier Bewohnern das Leben kostete, brach im Keller aus.", expected: ["dead [4, 4]"] },
    { text: "Neun Menschen verloren am Wochenende das Leben.", expected: ["dead [9, 9], as of 2025-05-17..2025-05-18"] },
    { text: "Bei dem Busunglück haben 14 Menschen das Leben verloren.", expected: ["dead [14, 14]"] },
    { text: "Die Bergwacht hat 22 Menschen das Leben gerettet.", expected: ["rescued [22, 22]"] },
  ] as const)("de: $text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });

  test("a rescue before the count is no death", () => {
    expect(claimLines("Die Taucher retteten 40 Menschen das Leben.", "de").join()).not.toContain("dead");
  });
});
