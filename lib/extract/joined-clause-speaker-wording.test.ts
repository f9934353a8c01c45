import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A headline or a sentence may join a second clause with "as" or "while": its speaker says something
// of their own and vouches for no figure before it; "…, as police said" says nothing else and does.
// Our own sentences (test-fixtures.ts).
describe("a speaker in a clause joined after the figure", () => {
  test.each([
    { text: "Latvia unveils €9.4bn budget as auditors warn on debt", expected: ["budget [9400000000, 9400000000] EUR"] },
    { text: "Turnout reached 58% while the commission said counting would go on overnight.", expected: ["turnout [58, 58] %"] },
    { text: "About 30,000 marched through the capital, as police said on Sunday.", expected: ["protesters [27000, 33000], by police"] },
  ] as const)("en: $text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
