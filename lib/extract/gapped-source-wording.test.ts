import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure, in sentences of our own (published on Monday 2025-05-19): a clause of a
// subject and a figure alone repeats the verb of the clause before (gapping), so its subject gives
// its figure.

describe("the subject of a gapped clause gives its own figure", () => {
  test.each([
    { language: "de", text: "Die Behörden melden 164 Verletzte, der Hilfsbund etwa 200.", expected: ["injured [164, 164], by authorities", "injured [180, 220], by Hilfsbund"] },
    { language: "de", text: "Die Feuerwehr meldete 35 Einsätze, das Rote Kreuz rund 50 und die Polizei 12.", expected: ["de:einsatz [35, 35], by fire brigade", "de:einsatz [45, 55], by Rote Kreuz", "de:einsatz [12, 12], by police"] },
    { language: "en", text: "Police counted 164 injured, the aid group about 200.", expected: ["injured [164, 164], by police", "injured [180, 220], by aid group"] },
    { language: "en", text: "The fire brigade reported 35 call-outs, the Red Cross around 50 and police 12.", expected: ["en:out [35, 35], by fire brigade", "en:out [45, 55], by Red Cross", "en:out [12, 12], by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a place or a part after the comma is no gapped speaker", () => {
  test.each([
    { language: "de", text: "Die Polizei zählte in Köln 2.000 Teilnehmer, in Bonn 500.", expected: ["protesters [2000, 2000], in DE/Köln, by police", "protesters [500, 500], in DE/Bonn, by police"] },
    { language: "en", text: "Officials said 300 homes were damaged, 40 of them badly.", expected: ["buildings/en:damag [300, 300], by officials", "buildings/en:damag [40, 40], by officials"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
