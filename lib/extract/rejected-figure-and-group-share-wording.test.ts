import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own (published on Monday 2025-05-19): a figure named only to be set aside, a
// share of a named group that struck, a strike's turnout, joining a rally in German word order,
// people treated, what befell buildings said after their count, and a region named with its country.

describe("a figure named to be set aside is denied; a replacement or an earlier report is not", () => {
  test.each([
    { language: "de", text: "Statt 4,1 Milliarden Euro Defizit erwarten die Prüfer 4,6 Milliarden Euro.", expected: ["deficit/previous [4100000000, 4100000000] EUR, by Prüfer, denied", "deficit [4600000000, 4600000000] EUR, by Prüfer"] },
    { language: "de", text: "Die Schulden werden nicht bei 9,2 Milliarden Euro, sondern bei 9,8 Milliarden Euro liegen.", expected: ["debt [9200000000, 9200000000] EUR, denied", "debt [9800000000, 9800000000] EUR"] },
    { language: "de", text: "Statt 12 Toten, die die Behörde am Freitag gemeldet hatte, seien es 10.", expected: ["dead/previous [12, 12], by authority", "dead [10, 10]"] },
    { language: "de", text: "Die Koalition erhält elf statt zehn Sitze.", expected: ["seats/holder:koalition [11, 11], of Koalition", "seats/holder:koalition+previous [10, 10], of Koalition"] },
    // A bare trailing "nicht um 4 Prozent" is left as stated: news writes it for a figure denied and for one merely compared.
    { language: "de", text: "Die Ausgaben steigen um 6 Prozent, nicht um 4 Prozent.", expected: ["spending/change [6, 6] %", "spending/change [4, 4] %"] },
    { language: "en", text: "Instead of €4.1bn, the budget gap will reach €4.6bn, the deputy said.", expected: ["en:instead/previous [4100000000, 4100000000] EUR, by deputy, denied", "deficit [4600000000, 4600000000] EUR, by deputy"] },
    { language: "en", text: "The debt will stand not at €9.2bn but at €9.8bn.", expected: ["debt [9200000000, 9200000000] EUR, denied", "debt [9800000000, 9800000000] EUR"] },
    { language: "en", text: "Instead of 12 dead, which the agency reported on Friday, the toll is 10.", expected: ["dead/previous [12, 12], by agency", "dead [10, 10], by agency"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a share of a named group that struck is the strikers' share; a strike's turnout too", () => {
  test.each([
    { language: "de", text: "Nach Angaben der Gewerkschaft legten 65 Prozent der Beschäftigten die Arbeit nieder.", expected: ["strikers [65, 65] %, by union"] },
    { language: "de", text: "Laut einer Umfrage sind 30 Prozent der Beschäftigten unzufrieden.", expected: ["workers [30, 30] %, by Umfrage"] },
    { language: "de", text: "Die Regierung bezifferte die Streikbeteiligung auf 22 Prozent.", expected: ["strikers [22, 22] %, by government"] },
    { language: "en", text: "The union said 65% of employees walked out.", expected: ["strikers [65, 65] %, by union"] },
    // Voters who turned out are the turnout, not a crowd.
    { language: "en", text: "About 30% of voters turned out.", expected: ["turnout [27, 33] %"] },
    { language: "en", text: "The ministry put strike participation at 22%.", expected: ["strikers [22, 22] %, by ministry"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("people who took part in a rally or a strike, and people treated", () => {
  test.each([
    { language: "de", text: "Am Samstag nahmen rund 8.000 Menschen an den Kundgebungen teil.", expected: ["protesters [7200, 8800], as of 2025-05-17"] },
    { language: "de", text: "Rund 900 Beschäftigte haben am Warnstreik teilgenommen.", expected: ["strikers [810, 990]"] },
    { language: "de", text: "Im Krankenhaus wurden 9 Menschen ärztlich behandelt.", expected: ["injured [9, 9]"] },
    { language: "en", text: "Around 8,000 people took part in the rallies on Saturday.", expected: ["protesters [7200, 8800], as of 2025-05-17"] },
    { language: "en", text: "Hospitals treated 9 people after the clashes.", expected: ["injured [9, 9]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("what befell buildings, said after their count, qualifies them as its attributive form does", () => {
  test.each([
    { language: "de", text: "In der Stadt seien mehr als 300 Häuser beschädigt, sagte der Bürgermeister.", expected: ["buildings/de:beschadigt (300, ∞), by Bürgermeister"] },
    { language: "de", text: "Nach dem Beben wurden 45 Gebäude zerstört.", expected: ["buildings/en:destroy [45, 45]"] },
    { language: "en", text: "About 300 houses were reported damaged.", expected: ["buildings/en:damag [270, 330]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a region named with its country's adjective and its kind is that region", () => {
  test.each([
    { language: "de", text: "Im österreichischen Bundesland Tirol starben zwei Menschen.", expected: ["dead [2, 2], in AT/Tyrol"] },
    { language: "en", text: "Two people died in the Austrian state of Tyrol.", expected: ["dead [2, 2], in AT/Tyrol"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
