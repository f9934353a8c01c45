import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimLines, claimSummary } from "./test-fixtures";

// A town in capitals opening a paragraph before a dash is where the story was filed, and a place's
// possessive says where a vote was held: neither is a party, so the party or the person the sentence
// names holds the share. Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a dateline holds no share", () => {
  test.each([
    { language: "en", text: "KASSEL — The Christian Democrats won the state election with 30.8% of the vote.", expected: ["votes/holder:christian democrats [30.8, 30.8] %"] },
    { language: "en", text: "TARTU, Estonia — The Civic Union won 22.1% of the vote.", expected: ["votes/holder:civic union [22.1, 22.1] %"] },
    { language: "en", text: "BERGEN (NWS) – The Labour Party won 27.1% of the vote.", expected: ["votes/holder:labour party [27.1, 27.1] %"] },
    { language: "de", text: "KASSEL – Die Christdemokraten kommen auf 31,5 Prozent.", expected: ["votes/holder:christdemokraten [31.5, 31.5] %"] },
    // A party's compound opening a paragraph is no dateline.
    { language: "de", text: "KASSEL – Die Wahl ist entschieden.\nUA-Chef Pablo Ruiz sagte, seine Partei habe über 640.000 Stimmen erhalten.", expected: ["votes/holder:ua (640000, ∞)"] },
    // A results line: the acronym before the dash holds the figure after it.
    { language: "de", text: "NEOS – 9,1 Prozent", expected: ["votes/holder:neos [9.1, 9.1] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a place's possessive holds no share and is no part of a party's name", () => {
  test.each([
    { language: "en", text: "Anna Berger led the first round of Augsburg's mayoral election with 34.6% of the vote.", expected: ["votes/holder:anna berger+first round [34.6, 34.6] %"] },
    { language: "en", text: "Bavaria's CSU won 37.2% of the vote.", expected: ["votes/holder:csu [37.2, 37.2] %"] },
    // A party's own possessive is still the party.
    { language: "en", text: "Labour's share rose to 33.1%.", expected: ["votes/holder:labour [33.1, 33.1] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

// German capitalizes a preposition opening the sentence; it is no part of the name after it.
describe("a capitalized preposition is no part of a German holder's name", () => {
  test.each([
    {
      language: "de",
      text: "Im Landtag mit seinen 63 Abgeordneten stellen die Sozialdemokraten künftig 19 Mandate.",
      expected: ["seats/holder:landtag [63, 63], of Landtag", "seats/holder:sozialdemokraten [19, 19], of Sozialdemokraten"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
