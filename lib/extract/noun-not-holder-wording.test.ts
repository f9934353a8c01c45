import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A plural noun opening an English sentence, or any German noun, is capitalized like a party's name.
// Outside an article about a vote it holds no share: the percentage is a change of what it names.
// In an article about a vote the same shape stays a party's share. Sentences of our own wording.
describe("a noun capitalized by grammar holds no vote share outside a vote", () => {
  test.each([
    { language: "en", text: "Fees rise by 6% next term.", expected: ["en:fee/change [6, 6] %"] },
    { language: "en", text: "Fares went up 5 per cent.", expected: ["en:fare/change [5, 5] %"] },
    { language: "en", text: "Premiums climb by 3% in spring.", expected: ["en:premium/change [3, 3] %"] },
    { language: "de", text: "Gebühren legten im Frühjahr um 6 Prozent zu.", expected: ["de:gebuhr/change [6, 6] %"] },
    { language: "de", text: "Die Beiträge kletterten um 3 Prozent.", expected: ["de:beitrag/change [3, 3] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("in an article about a vote the same shape is a party's share", () => {
  test.each([
    { language: "en", text: "The council election is over. Liberals went up 3 per cent.", expected: ["votes/holder:liberals+change [3, 3] %, of Liberals"] },
    { language: "de", text: "Nach der Kommunalwahl: Die Liberalen legten um 3 Prozent zu.", expected: ["votes/holder:liberalen+change [3, 3] %, of Liberalen"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
