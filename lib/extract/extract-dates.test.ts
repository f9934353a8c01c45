import { expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// The day of a vote, of a published result and of a budget laid before parliament: dated by their
// nouns and verbs, stated by the outlet (who performed the act is not the source of its day).
test.each([
  { label: "a weekday's possessive dates the vote after it", language: "en", text: "Voters in the county backed the independent candidate in Saturday's by-election.", expected: ["vote 2025-05-17..2025-05-17 day"] },
  { label: "a German election noun dates its day", language: "de", text: "Bei der Landtagswahl am Sonntag verlor die Regierungspartei deutlich.", expected: ["vote 2025-05-18..2025-05-18 day"] },
  { label: "the day a final result was published, without its publisher as source", language: "de", text: "Die Kreiswahlleiterin hat am Mittwoch das amtliche Endergebnis bekannt gemacht.", expected: ["result 2025-05-14..2025-05-14 day"] },
  { label: "…in English", language: "en", text: "The commission published the final results on Friday.", expected: ["result 2025-05-16..2025-05-16 day"] },
  { label: "a budget laid before parliament", language: "de", text: "Der Kämmerer hat am Dienstag den Haushalt für 2026 vorgelegt.", expected: ["present/budget 2025-05-13..2025-05-13 day"] },
  { label: "…in English", language: "en", text: "The treasurer presented the city budget on Thursday.", expected: ["present/budget 2025-05-15..2025-05-15 day"] },
  { label: "presenting nothing the tables name is no event", language: "en", text: "The coach presented his new players on Thursday.", expected: [] },
  { label: "an election noun inside a name dates nothing", language: "en", text: "The Independent Election Commission said on Friday that it would recount the ballots.", expected: [] },
  { label: "a possessive weekday is its noun's day, the other day the count's", language: "en", text: "Officials on Thursday released the final count of Sunday's referendum.", expected: ["result 2025-05-15..2025-05-15 day", "vote 2025-05-18..2025-05-18 day"] },
  { label: "a possessive weekday does not date the figure", language: "en", text: "Labour won Sunday's election with 41.2% of the vote.", expected: ["vote 2025-05-18..2025-05-18 day", "votes/holder:labour [41.2, 41.2] %, of Labour"] },
  { label: "'according' is no accord", language: "en", text: "The strike began on Monday, according to the union.", expected: ["begin 2025-05-19..2025-05-19 day"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});
