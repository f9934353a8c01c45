import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A count brought to "one" ("bringing the death toll to one", "auf eins") has the figure one; "one"
// going on with a noun or "of" ("to one of the stations", "at one point") stays an article or a
// pronoun. Sentences of our own, in German and English.

describe("a count that reached one", () => {
  test.each([
    { language: "en", text: "A woman died in hospital on Sunday, bringing the death toll to one.", expected: ["dead [1, 1], as of 2025-05-18"] },
    { language: "en", text: "The number of injured rose to one on Sunday.", expected: ["injured [1, 1], as of 2025-05-18"] },
    { language: "en", text: "The toll stands at one.", expected: ["dead [1, 1]"] },
    { language: "de", text: "Damit stieg die Zahl der Toten auf eins.", expected: ["dead [1, 1]"] },
    { language: "de", text: "Die Zahl der Verletzten stieg am Sonntag auf zwei.", expected: ["injured [2, 2], as of 2025-05-18"] },
    { language: "en", text: "Police moved the count to one of the stations.", expected: [] },
    { language: "en", text: "At one point the death toll was unclear.", expected: [] },
  ] as const)("$language: $text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
