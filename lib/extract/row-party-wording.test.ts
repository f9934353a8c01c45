import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { PUBLISHED, claimSummary } from "./test-fixtures";

// A results box names each party on a line of its own: "Labour: 31.2% (+1.4)". A party called after
// a group of people ("Labour", "People's Party", "Arbeiterpartei") holds the row's share; the row is
// no share of workers or people. A hyphenated name ("Left-Green Alliance") is one name. Boxes of our own.
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a results row's label naming a group of people is the party holding the share", () => {
  test.each([
    { language: "en", text: "Result\n\nLabour: 31.2% (+1.4)\nConservative Party: 28.0% (−2.2)", expected: ["votes/holder:labour [31.2, 31.2] %", "votes/holder:labour+change [1.4, 1.4] pp", "votes/holder:conservative party [28, 28] %", "votes/holder:conservative party+change [-2.2, -2.2] pp"] },
    { language: "en", text: "Result\n\nPeople's Party: 12.5%\nLeft-Green Alliance: 6.1%", expected: ["votes/holder:people's party [12.5, 12.5] %", "votes/holder:left-green alliance [6.1, 6.1] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test.each([
    { language: "en", text: "Turnout: 64.3%\nLabour: 31.2%", expected: ["turnout [64.3, 64.3] %", "votes/holder:labour [31.2, 31.2] %"] },
    { language: "en", text: "Some 40% of workers joined the strike on Monday.", expected: ["strikers [36, 44] %"] },
  ] as const)("unchanged: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
