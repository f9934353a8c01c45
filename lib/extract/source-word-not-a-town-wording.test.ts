import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "nationwide", "bundesweit" put a figure in the country the article's places lie in. A word the
// tables read as a source ("Police", "Polizei") names who speaks, never a town spelt the same way,
// so it does not choose that country. Sentences of our own wording.
describe("a source word at a sentence's start names no country", () => {
  test.each([
    { language: "en", text: "Police counted 30,000 protesters nationwide.", expected: ["protesters [30000, 30000], by police"] },
    { language: "en", text: "Thousands marched in Graz. Police said 40,000 protesters marched nationwide.", expected: ["protesters [2000, 9999], in AT/Graz", "protesters [40000, 40000], in AT, by police"] },
    { language: "de", text: "Die Polizei zählte bundesweit 40.000 Demonstranten.", expected: ["protesters [40000, 40000], by police"] },
    { language: "de", text: "In Graz demonstrierten Tausende. Die Polizei zählte bundesweit 40.000 Demonstranten.", expected: ["protesters [2000, 9999], in AT/Graz", "protesters [40000, 40000], in AT, by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
