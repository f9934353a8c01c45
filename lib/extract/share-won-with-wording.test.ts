import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A share after "with" closing a clause of winning or finishing is the winner's vote share: "Lindqvist
// won her home county of Kent with 61.2%". Sentences of our own wording, German and English.
const PUBLISHED = "2030-05-06";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);
const placed = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${claimSummary(c)} in ${c.scope.place ?? "-"}`);

describe("what was won is no subject of the share; who won it holds it", () => {
  test.each([
    { language: "en", text: "Lindqvist won her home district with 61.2%.", expected: ["votes/holder:lindqvist [61.2, 61.2] %"] },
    { language: "en", text: "Berger carried the old town with 58.3%.", expected: ["votes/holder:berger [58.3, 58.3] %"] },
    { language: "de", text: "Lindqvist gewann ihren Heimatbezirk mit 61,2 Prozent.", expected: ["votes/holder:lindqvist [61.2, 61.2] %"] },
    { language: "de", text: "Die Linke holte den Wahlkreis mit 38 Prozent.", expected: ["votes/holder:linke [38, 38] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a place won is the share's place, when it ends what was won", () => {
  test.each([
    { language: "en", text: "Lindqvist won her home state of Bavaria with 61.2%.", expected: ["votes/holder:lindqvist [61.2, 61.2] % in DE/Bavaria"] },
    // A name before a noun describes the noun: the runoff is no place.
    { language: "en", text: "Lindqvist won the Bavaria runoff with 61.2%.", expected: ["votes/holder:lindqvist [61.2, 61.2] % in -"] },
    { language: "de", text: "Lindqvist gewann ihren Heimatbezirk Kärnten mit 61,2 Prozent.", expected: ["votes/holder:lindqvist [61.2, 61.2] % in AT/Carinthia"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(placed(text, language)).toEqual(expected);
  });
});

describe("a pronoun that won or finished stands for who held the share before", () => {
  test.each([
    {
      language: "en",
      text: "Berger took the capital with 63.8%. In the first round on May 3, she had finished second with 31.7%.",
      expected: ["votes/holder:berger [63.8, 63.8] %", "vote 2030-05-03..2030-05-03 day", "votes/holder:berger+first round [31.7, 31.7] %"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("what is not a clause of winning keeps its reading", () => {
  test.each([
    // A word any table knows, capitalized only to open the sentence, is no name.
    { language: "en", text: "Turnout ended the day with 61%.", expected: ["turnout [61, 61] %"] },
    // An acronym after the verb is the subject, as before (German puts the subject after the verb after a fronted phrase).
    { language: "de", text: "Am Abend gewann die ÖVP den Wahlkreis mit 28 Prozent.", expected: ["votes/holder:övp [28, 28] %"] },
    { language: "en", text: "The SPD won the city with 31.5%.", expected: ["votes/holder:spd [31.5, 31.5] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
