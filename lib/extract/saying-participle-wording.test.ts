import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// "…, saying …": the English participle of saying shares the subject that opens the sentence, which
// gives the figure said. Each case is a sentence of our own, written for the rule.
describe("the subject opening the sentence gives the figure after ', saying'", () => {
  test.each([
    { text: "The union ended the walkout, saying 2,400 workers had taken part.", expected: ["strikers [2400, 2400], by union"] },
    { text: "Police closed the bridge, saying 9 people were injured.", expected: ["injured [9, 9], by police"] },
    { text: "The finance ministry revised the figure, saying spending would reach €6bn.", expected: ["spending [6000000000, 6000000000] EUR, by finance ministry"] },
    { text: "Organisers called off the march, saying 15,000 people had signed up.", expected: ["people [15000, 15000], by organisers"] },
    // A fronted phrase set off by a comma is read past.
    { text: "In the evening, the agency lowered its outlook, saying the deficit would be €2bn.", expected: ["deficit [2000000000, 2000000000] EUR, by agency"] },
    // A speaker named inside the saying clause still speaks for its own figure.
    { text: "The council approved the plan, saying the mayor expects a deficit of €2bn.", expected: ["deficit [2000000000, 2000000000] EUR, by mayor"] },
    // What a figure counts opens no speaker.
    { text: "The strike ended, saying 2,400 workers had taken part.", expected: ["strikers [2400, 2400]"] },
  ] as const)("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
