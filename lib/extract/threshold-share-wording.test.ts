import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";
import { isThresholdNumber } from "./threshold-figure";
import { getLexicon } from "./lexicon";
import { tokenize } from "./tokenize";

// A party that misses or fails a bar gives its own share beside the bar's: the bar ("the 5%
// threshold", "die Fünf-Prozent-Hürde") is a rule, no claim; the party's share is its vote share.
// Sentences of our own wording.
describe("the share of a party failing a bar is its vote share", () => {
  test.each([
    { language: "en", text: "The Pirates missed the 5% threshold with 4.6%.", expected: ["votes/holder:pirates [4.6, 4.6] %, of Pirates"] },
    { language: "en", text: "The party missed the 5% threshold with 4.6%.", expected: ["votes [4.6, 4.6] %"] },
    { language: "de", text: "Die Piraten scheiterten mit 4,6 Prozent an der Fünf-Prozent-Hürde.", expected: ["votes/holder:piraten [4.6, 4.6] %, of Piraten"] },
    { language: "de", text: "Die Piraten scheiterten mit 4,6 Prozent an der 5-Prozent-Hürde.", expected: ["votes/holder:piraten [4.6, 4.6] %, of Piraten"] },
    { language: "de", text: "Die Piraten verpassten mit 4,6 Prozent den Einzug in den Landtag.", expected: ["votes/holder:piraten [4.6, 4.6] %, of Piraten"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a bar alone is no claim", () => {
  test.each([
    { language: "en", text: "Parties must clear the 5% threshold to win seats.", expected: [] },
    { language: "de", text: "Parteien müssen die Fünf-Prozent-Hürde überspringen.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a bar's percentage is told from a share", () => {
  test.each([
    { language: "en", text: "missed the 5% threshold", index: 2, expected: true },
    { language: "de", text: "an der 5-Prozent-Hürde", index: 2, expected: true },
    { language: "en", text: "won 5% in the city", index: 1, expected: false },
  ] as const)("$language: $text", ({ text, language, index, expected }) => {
    const lex = getLexicon(language);
    expect(isThresholdNumber(tokenize(text), index, lex)).toBe(expected);
  });
});
