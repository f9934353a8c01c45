import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A "No" answering a "Yes" of its sentence is a side of the vote, not the word "number"; a share in
// parentheses right after a bare count is that count's share, not a phone number's area code.
// Sentences of our own, German and English.

describe("a No answering a Yes before it holds the count after it", () => {
  test.each([
    { language: "en", text: "The result gave Yes 61,200 votes (52.3%) and No 55,800 (47.7%).", expected: ["votes/holder:yes [61200, 61200], of Yes", "votes/holder:yes [52.3, 52.3] %, of Yes", "votes/holder:no [55800, 55800], of No", "votes/holder:no [47.7, 47.7] %, of No"] },
    { language: "en", text: "The embassy is at No 14 on the square.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a share in parentheses after a bare count is its share", () => {
  test.each([
    { language: "en", text: "Labour won 4,810 votes (50.6%) and the Greens 4,190 (49.4%).", expected: ["votes/holder:labour [4810, 4810], of Labour", "votes/holder:labour [50.6, 50.6] %, of Labour", "votes/holder:greens [4190, 4190], of Greens", "votes/holder:greens [49.4, 49.4] %, of Greens"] },
    { language: "de", text: "Die SPD erhielt 4.810 Stimmen (50,6 Prozent), die Grünen 4.190 (49,4 Prozent).", expected: ["votes/holder:spd [4810, 4810], of SPD", "votes/holder:spd [50.6, 50.6] %, of SPD", "votes/holder:grünen [4190, 4190], of Grünen", "votes/holder:grünen [49.4, 49.4] %, of Grünen"] },
    { language: "de", text: "Erreichbar ist die Hotline unter (0421) 3344.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
