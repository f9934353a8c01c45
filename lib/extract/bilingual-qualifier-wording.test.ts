import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A German and an English article about one event must key one question alike: the adjective that
// splits a count ("gültige", "valid"), the part of a budget ("Kitas", "childcare"), the base a share
// is taken of ("Wirtschaftsleistung", "output") and the benefit a payment raises. Sentences of our own.

describe("an adjective that splits a count is one qualifier in both languages", () => {
  test.each([
    { language: "de" as const, text: "Insgesamt wurden 95.200 gültige Stimmen gezählt.", expected: ["votes/en:valid [95200, 95200]"] },
    { language: "en" as const, text: "In all, 95,200 valid votes were counted.", expected: ["votes/en:valid [95200, 95200]"] },
    { language: "de" as const, text: "Die Wahlleiterin meldete 1.420 ungültige Stimmzettel.", expected: ["votes/en:invalid [1420, 1420], by Wahlleiterin"] },
    { language: "en" as const, text: "The returning officer reported 1,420 spoilt ballots.", expected: ["votes/en:invalid [1420, 1420], by returning officer"] },
    { language: "de" as const, text: "Nach dem Sturm wurden 70 Häuser zerstört.", expected: ["buildings/en:destroy [70, 70]"] },
    { language: "en" as const, text: "After the storm 70 houses were destroyed.", expected: ["buildings/en:destroy [70, 70]"] },
  ])("$text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("votes given are votes cast, not votes lost", () => {
  test.each([
    { text: "Insgesamt wurden 95.200 gültige Stimmen abgegeben.", expected: ["votes/en:valid [95200, 95200]"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });
});

describe("a part of a budget is one area in both languages", () => {
  test.each([
    { language: "de" as const, text: "Für die Kitas stellt die Stadt 310 Millionen Euro bereit.", expected: ["spending/area:childcare [310000000, 310000000] EUR"] },
    { language: "en" as const, text: "Daycare centres get €310m from the city.", expected: ["spending/area:childcare [310000000, 310000000] EUR"] },
    { language: "de" as const, text: "Die Polizei erhält 840 Millionen Euro.", expected: ["spending/area:police [840000000, 840000000] EUR"] },
    { language: "en" as const, text: "The police get €840m.", expected: ["spending/area:police [840000000, 840000000] EUR"] },
  ])("$text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a share of a region's output is a share of its GDP", () => {
  test.each([
    { language: "de" as const, text: "Die Schulden erreichen 21,5 Prozent der bayerischen Wirtschaftsleistung.", expected: ["debt/of:gdp [21.5, 21.5] %"] },
    { language: "en" as const, text: "Debt reaches 21.5% of Bavarian output.", expected: ["debt/of:gdp [21.5, 21.5] %"] },
  ])("$text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a benefit raised per head is one subject in both languages", () => {
  test.each([
    { language: "de" as const, text: "Das Elterngeld steigt um 40 Euro.", expected: ["en:benefit/change [40, 40] EUR"] },
    { language: "en" as const, text: "Parental benefit rises by €40.", expected: ["en:benefit/change [40, 40] EUR"] },
  ])("$text", ({ language, text, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
