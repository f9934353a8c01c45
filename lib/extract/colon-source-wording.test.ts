import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure in reported speech after a colon, in sentences of our own (published on Monday
// 2025-05-19). English has no mood of reported speech, so its colon names nobody.

describe("German reported speech after a colon is the opening subject's", () => {
  test.each([
    { language: "de", text: "Die Feuerwehr zieht Bilanz: Es seien 40 Menschen verletzt worden. Hinzu kämen 12 Vermisste.", expected: ["injured [40, 40], by fire brigade", "missing [12, 12], by fire brigade"] },
    // No named source opens the sentence; a quotation is its speaker's own words, not reported speech.
    { language: "de", text: "Die Lage ist ernst: Es seien 40 Menschen verletzt worden.", expected: ["injured [40, 40]"] },
    { language: "de", text: 'Die Feuerwehr zieht Bilanz: "Es sind 40 Verletzte."', expected: ["injured [40, 40]"] },
    { language: "en", text: "The fire brigade took stock: 40 people were injured.", expected: ["injured [40, 40]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
