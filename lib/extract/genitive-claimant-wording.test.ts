import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A claimant named in the genitive ("nach Angaben des Unternehmens", "eines Sprechers") is shown in
// its base form; a noun whose base the ending does not tell, and a name after the noun, are kept as
// written. Sentences of our own.

describe("a claimant in the genitive is named in its base form", () => {
  test.each([
    { text: "Nach Angaben des Unternehmens fallen 300 Stellen weg.", by: "Unternehmen" },
    { text: "Nach Angaben eines Sprechers wurden 12 Menschen verletzt.", by: "Sprecher" },
    { text: "Nach Angaben des Instituts Wahlblick kommt die SPD auf 31 Prozent.", by: "Institut Wahlblick" },
    { text: "Nach Angaben des Betreibers wurden 40 Züge gestrichen.", by: "operator" },
  ])("$text", ({ text, by }) => {
    const lines = claimLines(text, "de");
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`by ${by}(,|$)`));
  });
});
