import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "put Sunday's total at 40,000": a day or month in the genitive dates the total, it does not write
// it; the speaker stays the subject. German names the day after the noun ("die Zahl vom Samstag").
// Sentences of our own, published Monday 2025-05-19.

describe("a day's total is not the day's claim", () => {
  test.each([
    { language: "en", text: "The organisers put Sunday's total at 40,000 protesters.", expected: ["protesters [40000, 40000], by organisers"] },
    { language: "en", text: "The union put May's total at 12,000 strikers.", expected: ["strikers [12000, 12000], by union"] },
    { language: "en", text: "The government's total is 1,200 arrests.", expected: ["arrests [1200, 1200], by government"] },
    { language: "de", text: "Das Bündnis bezifferte die Teilnehmerzahl vom Samstag auf 90.000.", expected: ["protesters [90000, 90000], by alliance"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
