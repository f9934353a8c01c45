import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A spokesperson speaks for the body named after them ("ein Sprecher des Ministeriums", "a
// spokesman for the police"): the body is the claimant, named as it would be on its own. A
// spokesperson with no body after them stays the claimant. Sentences of our own.

describe("a spokesperson's body is the claimant", () => {
  test.each([
    { language: "de", text: "Wie ein Sprecher des Ministeriums sagte, wurden 12 Menschen verletzt.", by: "ministry" },
    { language: "de", text: "Eine Sprecherin der Feuerwehr sagte, 12 Menschen seien verletzt worden.", by: "fire brigade" },
    { language: "de", text: "300 Mitarbeiter seien betroffen, teilte ein Sprecher des Unternehmens mit.", by: "Unternehmen" },
    { language: "de", text: "Nach Angaben eines Sprechers des Unternehmens fallen 300 Stellen weg.", by: "Unternehmen" },
    { language: "de", text: "Nach Angaben eines Sprechers wurden 12 Menschen verletzt.", by: "Sprecher" },
    { language: "en", text: "A spokesman of the fire service said 12 people were injured.", by: "fire service" },
    { language: "en", text: "According to a spokeswoman for the police, 12 people were injured.", by: "police" },
  ] as const)("$language: $text", ({ language, text, by }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`by ${by}(,|$)`));
  });
});
