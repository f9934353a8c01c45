import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// The number of a voting district ("Wahlkreis 28", "precinct 14") names the district: it counts
// nothing, and looking back from a share steps over it to the party. Sentences of our own.

describe("a voting district's number is no figure and hides no holder", () => {
  test.each([
    { language: "de", text: "Nach der Nachzählung im Wahlkreis 17 kommen die Grünen auf 6,2 Prozent.", expected: ["votes/holder:grünen [6.2, 6.2] %, of Grünen"] },
    { language: "de", text: "Die ÖDP landet im Stimmbezirk 4 bei 3,1 Prozent.", expected: ["votes/holder:ödp [3.1, 3.1] %, of ÖDP"] },
    { language: "de", text: "Die Linke kommt im Wahlkreis 9 auf 4,4 Prozent.", expected: ["votes/holder:linke [4.4, 4.4] %, of Linke"] },
    { language: "en", text: "After a recount in precinct 14 the Greens won 6.2%.", expected: ["votes/holder:greens [6.2, 6.2] %, of Greens"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
