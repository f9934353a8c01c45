import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A personal pronoun holding a share stands for whoever the article last credited a share to: the
// candidate or party it is about. Sentences of our own, German and English.

describe("a pronoun holding a share is the last holder named", () => {
  test.each([
    { language: "de", text: "Bei der Wahl kam Vogt auf 50,3 Prozent. Im ersten Wahlgang kam sie auf 44,7 Prozent.", expected: ["votes/holder:vogt [50.3, 50.3] %, of Vogt", "votes/holder:vogt+first round [44.7, 44.7] %, of Vogt"] },
    { language: "de", text: "Bei der Wahl kam Reuter auf 49,7 Prozent. Im ersten Wahlgang hatte er 44,7 Prozent erreicht.", expected: ["votes/holder:reuter [49.7, 49.7] %, of Reuter", "votes/holder:reuter+first round [44.7, 44.7] %, of Reuter"] },
    { language: "en", text: "Vogt won 52.3% of the vote. In the first round she won 44.7 percent.", expected: ["votes/holder:vogt [52.3, 52.3] %, of Vogt", "votes/holder:vogt+first round [44.7, 44.7] %, of Vogt"] },
    // A pronoun that is the subject of another verb ("he said") holds none of the figures after it.
    { language: "en", text: "Vogt won 52.3% of the vote. Reuter said some 300 postal ballots had been rejected, and he said 41 votes had been lost.", expected: ["votes/holder:vogt [52.3, 52.3] %, of Vogt", "votes/en:postal [270, 330], by Reuter", "votes [41, 41], by Reuter"] },
    // What the sentence before was of stays what the pronoun stands for.
    { language: "de", text: "Die Wahlbeteiligung lag bei 51 Prozent. Im ersten Wahlgang hatte sie 44,7 Prozent betragen.", expected: ["turnout [51, 51] %", "turnout/first round [44.7, 44.7] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
