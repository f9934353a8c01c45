import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own wording. German puts the infinitive after a modal at the clause's end ("soll 5
// Prozent erreichen", "dürfte bei 30 Prozent landen"): it names the share's holder as "erreichte" and
// "landete" do. English keeps the verb before the share, so "is expected to reach 30%" needs no rule.

describe("a German infinitive of reaching names the share's holder", () => {
  test.each([
    { language: "de", text: "Die SPD soll 5 Prozent erreichen.", expected: ["votes/holder:spd [5, 5] %, of SPD"] },
    { language: "de", text: "Die Grünen dürften in der Stadt 30 Prozent erreichen.", expected: ["votes/holder:grünen [30, 30] %, hedged, of Grünen"] },
    { language: "de", text: "Die Grünen dürften bei 30 Prozent landen.", expected: ["votes/holder:grünen [30, 30] %, hedged, of Grünen"] },
    { language: "de", text: "Die Linke könnte auf 7 Prozent kommen.", expected: ["votes/holder:linke [7, 7] %, hedged, of Linke"] },
    { language: "en", text: "The SPD is expected to reach 5%.", expected: ["votes/holder:spd [5, 5] %, of SPD"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a level that reaches a figure keeps its own subject", () => {
  test.each([
    { language: "de", text: "Die Wahlbeteiligung dürfte 60 Prozent erreichen.", expected: ["turnout [60, 60] %, hedged"] },
    { language: "de", text: "Der Schaden könnte 5 Millionen Euro erreichen.", expected: ["cost [5000000, 5000000] EUR, hedged"] },
    { language: "en", text: "Turnout could reach 60%.", expected: ["turnout [60, 60] %, hedged"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
