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

// Speakers news names in other shapes: a body by its common noun, a possessive before a title, a
// restated figure, an apposition between the subject and its verb, a report's author after a participle.
test.each([
  { label: "a body named by its common noun speaks", language: "en", text: "Turnout reached 58%, the committee said.", expected: ["turnout [58, 58] %, by committee"] },
  { label: "'according to' a group of counters", language: "en", text: "About 900 homes were flooded, according to campaigners.", expected: ["buildings [810, 990], by campaigners"] },
  { label: "a possessive stands where the article would", language: "de", text: "Die Kosten liegen bei 2 Milliarden Euro, sagte ihr Finanzexperte Jonas Weber.", expected: ["cost [2000000000, 2000000000] EUR, by Jonas Weber"] },
  { label: "…before a title alone too", language: "de", text: "Das Defizit steigt auf 3 Milliarden Euro, sagte seine Haushaltsexpertin.", expected: ["deficit [3000000000, 3000000000] EUR, by Haushaltsexpertin"] },
  { label: "restating a figure is giving it", language: "de", text: "Die Abgeordnete Mara Lind bekräftigte, das Defizit liege bei 3 Milliarden Euro.", expected: ["deficit [3000000000, 3000000000] EUR, by Mara Lind"] },
  { label: "a name in apposition to the subject speaks", language: "en", text: "The region's fire chief, Ana Ruiz, said 40 homes had burned.", expected: ["buildings [40, 40], by Ana Ruiz"] },
  { label: "a relative clause between subject and verb", language: "en", text: "The council, which had warned of a shortfall last spring, said the gap would reach €3bn.", expected: ["deficit [3000000000, 3000000000] EUR, by council"] },
  { label: "a phrase between commas after a figure is no subject", language: "en", text: "Spending will rise to €12bn, the highest since 2019, said the mayor.", expected: ["spending [12000000000, 12000000000] EUR"] },
  { label: "after a possessive, a noun that is no speaker is the object", language: "de", text: "Der Rat für Stabilität bekräftigte seine Warnung, die Schuldenquote werde auf 90 Prozent steigen.", expected: ["debt/of:gdp [90, 90] %, by Rat"] },
  { label: "a genitive between the speaker and the verb keeps the speaker, the body it speaks for", language: "de", text: "Eine Sprecherin der Stadtwerke wies die Kritik zurück: Die Kosten lägen bei 40 Millionen Euro.", expected: ["cost [40000000, 40000000] EUR, by Stadtwerke"] },
  { label: "'nach eigenen Angaben': the clause's subject gives the figure", language: "de", text: "Das Bündnis hat nach eigenen Angaben 12.000 Unterschriften gesammelt.", expected: ["en:signatori [12000, 12000], by alliance"] },
  { label: "standing by a figure is giving it", language: "en", text: "The alliance stands by its figure of 260,000 marchers.", expected: ["protesters [260000, 260000], by alliance"] },
  { label: "…but a level that stands at a figure names nobody", language: "en", text: "Turnout stood at 61%.", expected: ["turnout [61, 61] %"] },
  { label: "an adverb between the speaker and the verb", language: "en", text: "Police put the crowd at 18,000, while the organisers now say 50,000 marched.", expected: ["protesters [18000, 18000], by police", "protesters [50000, 50000], by organisers"] },
  { label: "a report's author after a participle and 'by'", language: "en", text: "Turnout reached 58%, according to figures released by the electoral office.", expected: ["turnout [58, 58] %, by electoral office"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});
