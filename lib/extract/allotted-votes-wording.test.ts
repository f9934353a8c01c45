import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A bare figure a verb of allotting gives to a name ("entfielen … auf Vogt", "went to Vogt") is that
// name's votes. Sentences of our own, German and English.

describe("a figure allotted to a name is its votes", () => {
  test.each([
    { language: "de", text: "Bei der Wahl wurden 250 Stimmen abgegeben. Von ihnen entfielen 109 auf Vogt.", expected: ["votes [250, 250]", "votes/holder:vogt [109, 109], of Vogt"] },
    { language: "de", text: "Bei der Wahl entfielen 109 auf Vogt und 141 auf Reuter.", expected: ["votes/holder:vogt [109, 109], of Vogt", "votes/holder:reuter [141, 141], of Reuter"] },
    { language: "de", text: "Bei der Wahl entfielen 109 Stimmen auf die SPD.", expected: ["votes/holder:spd [109, 109], of SPD"] },
    { language: "en", text: "In the election, 250 votes were cast. Of those, 109 went to Vogt.", expected: ["votes [250, 250]", "votes/holder:vogt [109, 109], of Vogt"] },
    { language: "en", text: "Of 250 votes, 109 went to Vogt and 141 to Reuter.", expected: ["votes [250, 250]", "votes/holder:vogt [109, 109], of Vogt", "votes/holder:reuter [141, 141], of Reuter"] },
    // The receiver fronted before the verb, and a share allotted.
    { language: "de", text: "Auf Vogt entfielen 109 Stimmen.", expected: ["votes/holder:vogt [109, 109], of Vogt"] },
    { language: "de", text: "Auf die SPD entfielen 12 Sitze.", expected: ["seats/holder:spd [12, 12], of SPD"] },
    { language: "de", text: "Bei der Wahl entfielen 30 Prozent auf Vogt und 25 Prozent auf Reuter.", expected: ["votes/holder:vogt [30, 30] %, of Vogt", "votes/holder:reuter [25, 25] %, of Reuter"] },
    { language: "en", text: "In the election, 30% went to Vogt and 25% to Reuter.", expected: ["votes/holder:vogt [30, 30] %, of Vogt", "votes/holder:reuter [25, 25] %, of Reuter"] },
    // Not in an article about a vote, and not to a name.
    { language: "en", text: "After the flood, 12 went to hospital.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
