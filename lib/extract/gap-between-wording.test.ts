import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A share that lies "between" two sides is the gap between their votes, held by neither; a share in
// the next clause has its own holder. Sentences of our own.

describe("a share between two sides is their gap, and the clause after it keeps its holder", () => {
  test.each([
    { language: "de" as const, text: "Zwischen den Liberalen und der FDP lagen 3 Prozent, die ÖVP kam auf 27 Prozent.", expected: ["votes/margin [3, 3] %", "votes/holder:övp [27, 27] %, of ÖVP"] },
    { language: "de" as const, text: "Zwischen der SPD und den Grünen lagen 4 Prozent.", expected: ["votes/margin [4, 4] %"] },
    { language: "de" as const, text: "Zwischen SPD und CDU lagen nur 1,5 Prozentpunkte.", expected: ["votes/margin+change [1.5, 1.5] pp"] },
    { language: "en" as const, text: "Between Labour and the Greens there were 3 points, while the Liberals got 12 percent.", expected: ["votes/margin+change [3, 3] pp", "votes/holder:liberals [12, 12] %, of Liberals"] },
  ])("$text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("a share after its own holder is no gap", () => {
    expect(claimLines("Die CDU kam auf 30 Prozent.", "de")).toEqual(["votes/holder:cdu [30, 30] %, of CDU"]);
  });
});
