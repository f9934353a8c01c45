import { expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Whose share: the name before an apposition or a relative clause is the subject of the clause.
test.each([
  { label: "across an apposition", language: "en", text: "The Pirates, a newcomer to the race, won 6.1%.", expected: ["votes/holder:pirates [6.1, 6.1] %, of Pirates"] },
  { label: "into a relative clause", language: "en", text: "Mayor Jane Doe, who came second with 31.5%, conceded defeat.", expected: ["votes/holder:jane doe [31.5, 31.5] %, of Jane Doe"] },
  { label: "…in German", language: "de", text: "Die Kandidatin der Freien Wähler, die auf 9,8 Prozent kam, gab keine Empfehlung ab.", expected: ["votes/holder:freien wähler [9.8, 9.8] %, of Freien Wähler"] },
  { label: "a share after ', or' is the count's", language: "en", text: "The Greens received 8,410 votes, or 6.3%.", expected: ["votes/holder:greens [8410, 8410], of Greens", "votes/holder:greens [6.3, 6.3] %, of Greens"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});
