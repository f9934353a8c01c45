import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A party's change and its level, in one sentence, are that party's: a second verb joined to the
// change ("und landet bei"), a change set after the share by a comma ("down 3.1 points", "ein Minus
// von 2,4 Punkten"). The share of "Zweitstimmen" is the party's vote share. Our own sentences.
describe("a party's change and level in one sentence are the party's", () => {
  test.each([
    { language: "de", text: "Die FDP verliert 2,6 Punkte und landet bei 5,8 Prozent.", expected: ["votes/holder:fdp+change [-2.6, -2.6] pp, of FDP", "votes/holder:fdp [5.8, 5.8] %, of FDP"] },
    { language: "de", text: "Die FDP verliert 2,6 Punkte und die CSU landet bei 35,8 Prozent.", expected: ["votes/holder:fdp+change [-2.6, -2.6] pp, of FDP", "votes/holder:csu [35.8, 35.8] %, of CSU"] },
    { language: "en", text: "The FDP took 5.8%, down 2.6 points, while the CSU got 35.8%.", expected: ["votes/holder:fdp [5.8, 5.8] %, of FDP", "votes/holder:fdp+change [-2.6, -2.6] pp, of FDP", "votes/holder:csu [35.8, 35.8] %, of CSU"] },
    { language: "de", text: "Die CSU kommt auf 35,8 Prozent der Zweitstimmen, ein Minus von 1,2 Prozentpunkten.", expected: ["votes/holder:csu [35.8, 35.8] %, of CSU", "votes/holder:csu+change [-1.2, -1.2] pp, of CSU"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// "23 of the 71 seats": the whole parliament is no party's count, and the next party's figure is a part again.
describe("the total after a part is a count of its own", () => {
  test.each([
    { language: "en", text: "The Greens will have 19 of the 87 seats, the Liberals 14.", expected: ["seats/holder:greens [19, 19], of Greens", "seats/total [87, 87]", "seats/holder:liberals [14, 14], of Liberals"] },
    { language: "de", text: "Im Landtag hätte die CSU 61 der 180 Sitze, die SPD 22.", expected: ["seats/holder:csu [61, 61], of CSU", "seats/total [180, 180]", "seats/holder:spd [22, 22], of SPD"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
