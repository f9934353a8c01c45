import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of those in hospital or intensive care now ("liegen noch im Krankenhaus", "remain in
// hospital", "werden intensivmedizinisch behandelt", "in intensive care"): a count of the moment,
// qualified so, beside the toll of the hurt or the sick. Sentences of our own.

describe("counts of the moment", () => {
  test.each([
    { language: "de", text: "Bei dem Busunglück wurden 27 Menschen verletzt. Neun liegen noch im Krankenhaus.", lines: ["injured [27, 27]", "injured/in hospital [9, 9]"] },
    { language: "de", text: "Insgesamt gab es 64 Verletzte, elf davon werden intensivmedizinisch behandelt.", lines: ["injured [64, 64]", "injured/intensive care [11, 11]"] },
    { language: "de", text: "Acht Patienten liegen weiterhin im Krankenhaus.", lines: ["en:patient/in hospital [8, 8]"] },
    { language: "en", text: "The blast injured 52 people, 13 of them remain in hospital.", lines: ["injured [52, 52]", "injured/in hospital [13, 13]"] },
    { language: "en", text: "Twenty people remain in hospital, five of them in intensive care.", lines: ["people/in hospital [20, 20]", "people/intensive care [5, 5]"] },
  ] as const)("$language: $text", ({ language, text, lines }) => {
    expect(claimLines(text, language)).toEqual(lines);
  });

  test.each([
    { text: "Noch neun Menschen liegen im Krankenhaus.", lines: ["people/in hospital [9, 9]"] },
    { text: "Nach dem Brand im Wohnheim liegen noch fünf Verletzte in Kliniken.", lines: ["injured/in hospital [5, 5]"] },
    { text: "Auf der Intensivstation befinden sich noch drei Patienten.", lines: ["en:patient/intensive care [3, 3]"] },
  ] as const)("de, a verb of lying in the clause: $text", ({ text, lines }) => {
    expect(claimLines(text, "de")).toEqual(lines);
  });

  test.each([
    { language: "de", text: "Nach dem Unfall werden noch vier Menschen im Krankenhaus behandelt.", lines: ["injured/in hospital [4, 4]"] },
    { language: "de", text: "Beim Einsturz gab es 21 Verletzte, sechs von ihnen werden stationär behandelt.", lines: ["injured [21, 21]", "injured/in hospital [6, 6]"] },
    { language: "en", text: "Nine patients are still in hospital.", lines: ["en:patient/in hospital [9, 9]"] },
    { language: "en", text: "After the crash, 11 people are being treated in hospital.", lines: ["injured/in hospital [11, 11]"] },
    { language: "en", text: "The storm injured 40 people; there are still five in hospital.", lines: ["injured [40, 40]", "injured/in hospital [5, 5]"] },
  ] as const)("$language, the present: $text", ({ language, text, lines }) => {
    expect(claimLines(text, language)).toEqual(lines);
  });

  test("those ever treated in hospital stay the injured, a toll", () => {
    expect(claimLines("Nach dem Brand wurden 14 Menschen im Krankenhaus behandelt.", "de")).toEqual(["injured [14, 14]"]);
    expect(claimLines("After the fire, 14 people were taken to hospital.", "en")).toEqual(["injured [14, 14]"]);
    expect(claimLines("Am Morgen wurden 14 Menschen ins Krankenhaus gebracht.", "de")).toEqual(["injured [14, 14]"]);
  });

  // Every "still" and every present with every hospital place, each typed once in the lexicon.
  test.each([
    { language: "de", text: "Nach dem Unfall sind zwei Verletzte noch im Klinikum.", lines: ["injured/in hospital [2, 2]"] },
    { language: "en", text: "The crash injured nine people; four are still in hospitals.", lines: ["injured [9, 9]", "injured/in hospital [4, 4]"] },
    { language: "en", text: "The flood left 25 people hurt. Six of them remains hospitalised.", lines: ["injured [25, 25]", "injured/in hospital [6, 6]"] },
  ] as const)("$language, a cue with any place: $text", ({ language, text, lines }) => {
    expect(claimLines(text, language)).toEqual(lines);
  });

  test("a line break ends the clause as punctuation does", () => {
    expect(claimLines("Nach dem Brand liegen 12 Verletzte\nim Krankenhaus Nord.", "de")).toEqual(["injured [12, 12]"]);
  });

  test("the phrase must follow the figure in its clause", () => {
    expect(claimLines("Von 30 Verletzten, so die Klinik, liegt keiner mehr auf der Intensivstation.", "de")).toEqual(["injured [30, 30]"]);
  });
});
