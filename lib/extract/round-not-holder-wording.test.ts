import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A round of voting ("Wahlgang", "Stichwahl", "runoff") or the vote itself says when a share was
// counted: it neither holds the share nor is what the share is of. Sentences of our own.

describe("a round of voting holds no share", () => {
  test.each([
    { language: "de", text: "Vogt kam auf 50,3 Prozent. In der Stichwahl kam sie auf 52,3 Prozent.", expected: ["votes/holder:vogt [50.3, 50.3] %, of Vogt", "votes/holder:vogt [52.3, 52.3] %, of Vogt"] },
    { language: "de", text: "Vogt kam auf 50,3 Prozent. Im ersten Wahlgang hatte sie 44,7 Prozent erreicht.", expected: ["votes/holder:vogt [50.3, 50.3] %, of Vogt", "votes/holder:vogt+first round [44.7, 44.7] %, of Vogt"] },
    { language: "de", text: "Anna Vogt gewann die Bürgermeisterwahl mit 52,3 Prozent der Stimmen.", expected: ["votes/holder:anna vogt [52.3, 52.3] %, of Anna Vogt"] },
    { language: "en", text: "Vogt won 50.3%. In the runoff, she got 52.3 percent.", expected: ["votes/holder:vogt [50.3, 50.3] %, of Vogt", "votes/holder:vogt [52.3, 52.3] %, of Vogt"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
