import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Gazetteers list towns and regions spelt like ordinary nouns and words of direction. A town's name
// takes no article, so after one such a word is the noun; a word of direction names a part of the
// area the text is about. A kind of place, or no article, keeps the place. Sentences of our own wording.
describe("a common word after an article is no place", () => {
  test.each([
    { language: "de", text: "Nach dem Ende der Sitzung meldete die Feuerwehr 12 beschädigte Häuser.", expected: ["buildings/de:beschadigt [12, 12], by fire brigade"] },
    { language: "de", text: "Im Norden des Landes starben 9 Menschen.", expected: ["dead [9, 9]"] },
    { language: "en", text: "In the West, 9 people died.", expected: ["dead [9, 9]"] },
    { language: "en", text: "9 people died in the Centre.", expected: ["dead [9, 9]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a kind of place or a bare name keeps the place", () => {
  test.each([
    { language: "de", text: "In der Stadt Ende starben 9 Menschen.", expected: ["dead [9, 9], in ID/Ende"] },
    { language: "de", text: "In Norden starben 9 Menschen.", expected: ["dead [9, 9], in DE/Norden"] },
    { language: "de", text: "In der Steiermark starben 9 Menschen.", expected: ["dead [9, 9], in AT/Styria"] },
    { language: "en", text: "9 people died in the town of Ende.", expected: ["dead [9, 9], in ID/Ende"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// "constituency" is a kind of place: "the Centre constituency" is named, not a direction.
describe("a word of direction opens a name of two words", () => {
  test.each([
    { language: "de", text: "In der Provinz Western Plains starben 9 Menschen.", expected: ["dead [9, 9], in ?/Western Plains"] },
    { language: "en", text: "9 people died in the Western Plains district.", expected: ["dead [9, 9], in ?/Western Plains"] },
    { language: "en", text: "Turnout in the Brackenmoor constituency was 71%.", expected: ["turnout [71, 71] %, in ?/Brackenmoor"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
