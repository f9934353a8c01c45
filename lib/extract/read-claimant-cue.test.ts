import { expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who speaks: never the audience of "told", never the subject of a passive, never the subject of
// "added" with an amount; a claimant noun of the tables or a title names the speaker.
test.each([
  { label: "the audience of 'told' is no speaker", language: "en", text: "Borrowing will reach €80bn, the minister told parliament.", expected: ["deficit [80000000000, 80000000000] EUR, by minister"] },
  { label: "the subject of a passive is what was said", language: "en", text: "The death toll was confirmed at 12.", expected: ["dead [12, 12]"] },
  { label: "…and the agent after 'by' speaks", language: "en", text: "The death toll was confirmed at 12 by the police.", expected: ["dead [12, 12], by police"] },
  { label: "an amount after 'added' is what was added", language: "en", text: "The council added €2m for libraries, the mayor said.", expected: ["spending/en:librari [2000000, 2000000] EUR, by mayor"] },
  { label: "'nach Rechnung' names a source", language: "de", text: "Nach Rechnung der Gewerkschaft kostet die Reform 4 Milliarden Euro.", expected: ["cost [4000000000, 4000000000] EUR, by union"] },
  { label: "the last word of a claimant phrase names the speaker", language: "en", text: "The returning officer said 62,000 ballots were cast.", expected: ["votes [62000, 62000], by returning officer"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});
