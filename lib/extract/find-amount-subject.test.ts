import { expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// What an amount is of: purposes and budget areas that receive money are spending, a rule's bar is
// no figure, a capitalized adjective makes a German name, home and abroad are parts of one question.
test.each([
  { label: "money for a purpose is spending on it", language: "en", text: "The plan sets aside €450m for rail maintenance.", expected: ["spending/en:mainten [450000000, 450000000] EUR"] },
  { label: "…before the money in German", language: "de", text: "Für die Straßensanierung sind 12 Millionen Euro vorgesehen.", expected: ["spending/de:strassensanier [12000000, 12000000] EUR"] },
  { label: "a budget area that gets money", language: "en", text: "Education gets €3.1bn.", expected: ["spending/area:education [3100000000, 3100000000] EUR"] },
  { label: "…in German", language: "de", text: "Die Gesundheit erhält 2 Milliarden Euro.", expected: ["spending/area:health [2000000000, 2000000000] EUR"] },
  { label: "a party that gets seats stays a party", language: "en", text: "Labour gets 412 seats.", expected: ["seats/holder:labour [412, 412], of Labour"] },
  { label: "payments are spending", language: "en", text: "Pension payments will reach €40bn.", expected: ["spending/en:pension [40000000000, 40000000000] EUR"] },
  { label: "a comparative after money names no noun", language: "en", text: "Borrowing will reach €80bn, €6bn more than forecast.", expected: ["deficit [80000000000, 80000000000] EUR", "deficit/change [6000000000, 6000000000] EUR"] },
  { label: "a currency glued to a comma is no unit of the next figure", language: "de", text: "Der Etat umfasst 4 Milliarden Euro, 5 Prozent mehr als im Vorjahr.", expected: ["budget [4000000000, 4000000000] EUR", "budget/change [5, 5] %"] },
  { label: "a capitalized adjective makes a German name", language: "de", text: "Die Freien Wähler kamen auf 7,2 Prozent.", expected: ["votes/holder:freien wähler [7.2, 7.2] %, of Freien Wähler"] },
  { label: "a level that stays", language: "en", text: "The city's tax rate stays at 1.2%.", expected: ["en:rate [1.2, 1.2] %"] },
  { label: "…in German", language: "de", text: "Die Grundsteuer bleibt bei 3 Prozent.", expected: ["de:grundsteu [3, 3] %"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});
