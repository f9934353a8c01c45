import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of places, dates and verbs that the older rules misread: each case is a sentence of our
// own, in German and English, written for the rule it tests. Published on Monday 2025-05-19.

describe("a start or end announced ahead lies after publication", () => {
  test.each([
    { language: "de", text: "Der Ausstand beginnt am Mittwoch um 4 Uhr.", expected: ["begin 2025-05-21..2025-05-21 day"] },
    { language: "de", text: "Der Streik soll am Freitag um 6 Uhr enden.", expected: ["end 2025-05-23..2025-05-23 day"] },
    { language: "de", text: "Die nächste Verhandlungsrunde beginnt am 3. Mai.", expected: ["begin 2026-05-03..2026-05-03 day"] },
    { language: "en", text: "The walkout starts on Wednesday.", expected: ["begin 2025-05-21..2025-05-21 day"] },
    { language: "en", text: "The strike ends on Friday, the union said.", expected: ["end 2025-05-23..2025-05-23 day, by union"] },
    { language: "en", text: "The next round of talks starts on May 3 in Fulda.", expected: ["begin 2026-05-03..2026-05-03 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("the past tense still dates a day gone", () => {
    expect(claimLines("Der Streik begann am Mittwoch.", "de")).toEqual(["begin 2025-05-14..2025-05-14 day"]);
    expect(claimLines("The strike began on Wednesday.", "en")).toEqual(["begin 2025-05-14..2025-05-14 day"]);
  });
});

describe("a place's population is background, not a claim", () => {
  test.each([
    { language: "de", text: "Die Kreisstadt hat nach Angaben des Landesamts rund 52.000 Einwohner." },
    { language: "de", text: "Im Hafenort, der knapp 9.000 Einwohner zählt, stürzten vier Häuser ein.", kept: ["buildings [4, 4]"] },
    { language: "de", text: "Das Dorf hatte 1995 noch 2.300 Einwohner." },
    // A counting verb counts no crowd here, and the comparison after it is background too.
    { language: "de", text: "Die Inselrepublik zählt gut 4,1 Millionen Einwohner, knapp 2 Millionen weniger als ihr Nachbar." },
    { language: "en", text: "The port town has some 52,000 inhabitants." },
    { language: "en", text: "The harbour, a village of about 9,000 people, lost four houses.", kept: ["buildings [4, 4]"] },
    { language: "en", text: "The island had 2,300 residents in 1995." },
  ] as const)("$language: $text", ({ text, language, ...rest }) => {
    expect(claimLines(text, language)).toEqual("kept" in rest ? rest.kept : []);
  });

  test("residents something happened to, or a population changing, are claims", () => {
    expect(claimLines("Rund 4.000 Einwohner wurden in Sicherheit gebracht.", "de")).toEqual(["displaced [3600, 4400]"]);
    expect(claimLines("About 4,000 residents were evacuated.", "en")).toEqual(["displaced [3600, 4400]"]);
    expect(claimLines("Die Stadt hat seit dem Beben 300 Einwohner verloren.", "de")).toEqual(["people/change [-300, -300]"]);
    expect(claimLines("The town has lost 300 inhabitants since the quake.", "en")).toEqual(["people/change [-300, -300]"]);
  });
});

describe("an authority and the place it serves are one claimant, and scope its figures", () => {
  test.each([
    { language: "de", text: "Die Polizei in Wien zählte 4.000 Demonstranten.", expected: ["protesters [4000, 4000], in AT/Vienna, by Polizei in Wien"] },
    { language: "de", text: "Drei Beamte wurden verletzt, sagte die Polizei in Hamburg.", expected: ["injured/police [3, 3], in DE/Hamburg, by Polizei in Hamburg"] },
    { language: "en", text: "Police in Vienna counted 4,000 protesters.", expected: ["protesters [4000, 4000], in AT/Vienna, by Police in Vienna"] },
    { language: "en", text: "Police in Hamburg said three officers were injured.", expected: ["injured/police [3, 3], in DE/Hamburg, by Police in Hamburg"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a short name in capitals after 'in' is a region the gazetteer lacks, a part of the country", () => {
  test("German: 'in NRW', 'in RLP'", () => {
    expect(claimLines("Bundesweit fielen 9.000 Züge aus, in RLP rund 600.", "de").at(-1)).toBe("en:train [540, 660], in ?/RLP");
    expect(claimLines("In NRW legten 4.000 Beschäftigte die Arbeit nieder.", "de")).toEqual(["strikers [4000, 4000], in ?/NRW"]);
  });
  test("an article still makes it an institution, not a place", () => {
    expect(claimLines("In der EU legten 4.000 Beschäftigte die Arbeit nieder.", "de")).toEqual(["strikers [4000, 4000]"]);
  });
});

describe("'bundesweit' or 'nationwide' before any figure has a place: the one country the article names", () => {
  test.each([
    { language: "de", text: "Streik legt Frankreich lahm\n\nBundesweit legten 40.000 Beschäftigte die Arbeit nieder.", expected: ["strikers [40000, 40000], in FR"] },
    { language: "en", text: "Strike paralyses France\n\nNationwide, 40,000 workers walked out.", expected: ["strikers [40000, 40000], in FR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("'landesweit' may be across a state: without a place named before, it stays open", () => {
    expect(claimLines("Streik legt Frankreich lahm\n\nLandesweit legten 40.000 Beschäftigte die Arbeit nieder.", "de")).toEqual(["strikers [40000, 40000]"]);
  });

  test("with two countries named, which one is meant stays open", () => {
    expect(claimLines("Streik in Frankreich und Belgien\n\nBundesweit legten 40.000 Beschäftigte die Arbeit nieder.", "de")).toEqual(["strikers [40000, 40000]"]);
  });
});

describe("'pass' before an amount and a budget or law means adopt, not 'more than'", () => {
  test.each([
    { language: "en", text: "City council passes €3.1bn budget", expected: ["budget [3100000000, 3100000000] EUR"] },
    { language: "en", text: "The crowd passed 10,000 by noon.", expected: ["protesters (10000, ∞)"] },
    { language: "de", text: "Der Stadtrat beschließt einen Haushalt über 3,1 Milliarden Euro.", expected: ["budget [3100000000, 3100000000] EUR"] },
    { language: "de", text: "Die Menge wuchs auf mehr als 10.000 Demonstranten.", expected: ["protesters (10000, ∞)"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a party's percentage in a sentence about pay is no vote share", () => {
  test.each([
    { language: "en", text: "Management has offered 4.5% over two years." },
    { language: "en", text: "The union, which is demanding 9%, called the offer an insult." },
    { language: "de", text: "Die Gewerkschaft verlangt 9 Prozent, die Arbeitgeber halten das Angebot für ausreichend." },
  ] as const)("$language: $text", ({ text, language }) => {
    expect(claimLines(text, language).filter((line) => line.startsWith("votes"))).toEqual([]);
  });

  test("a party's share with no pay in the sentence is still its vote share", () => {
    expect(claimLines("Die Grünen kamen auf 12 Prozent.", "de")).toEqual(["votes/holder:grünen [12, 12] %, of Grünen"]);
    expect(claimLines("The Greens polled 12%.", "en")).toEqual(["votes/holder:greens [12, 12] %, of Greens"]);
  });
});
