import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording the older rules misread: a day written after its figure, demands and offers, ordinal
// words for seats, a population that changes. Each case is a sentence of our own, in German and
// English, written for the rule it tests. Published on Monday 2025-05-19 (test-fixtures.ts).

describe("a day written after the figure dates it", () => {
  test.each([
    { language: "en", text: "Police counted 60 protesters on Wednesday and a peak of 81 on Thursday night.", expected: ["protesters [60, 60], as of 2025-05-14, by police", "protesters [81, 81], as of 2025-05-15, by police"] },
    { language: "en", text: "The death toll rose to 40 by Tuesday evening.", expected: ["dead [40, 40], as of 2025-05-13"] },
    { language: "de", text: "Die Polizei zählte am Samstag 5.000 Teilnehmer, rund 8.000 am Sonntagnachmittag.", expected: ["protesters [5000, 5000], as of 2025-05-17, by police", "protesters [7200, 8800], as of 2025-05-18, by police"] },
    { language: "de", text: "Bis Mittwoch gab es 60 Verletzte, 81 Verletzte bis Donnerstagabend.", expected: ["injured [60, 60], as of 2025-05-14", "injured [81, 81], as of 2025-05-15"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  // "Sonntagnachmittag" ends in "mittag" too: the weekday is read from the longer day part.
  test.each([
    { language: "de", text: "Die Polizei zählte 8.000 Teilnehmer am Sonntagnachmittag.", expected: ["protesters [8000, 8000], as of 2025-05-18, by police"] },
    { language: "de", text: "Die Zahl der Verletzten lag am Donnerstagabend bei 81.", expected: ["injured [81, 81], as of 2025-05-15"] },
  ] as const)("a weekday with its part of the day, after a preposition: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "en", text: "At least 81 people were injured, the ministry said on Friday.", expected: ["injured [81, ∞), by ministry"] },
    { language: "de", text: "Mindestens 81 Menschen wurden verletzt, teilte das Ministerium am Freitag mit.", expected: ["injured [81, ∞), by ministry"] },
  ] as const)("a day in a later clause dates the saying, not the figure: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  // Friday (2025-05-16) is when it was said; the second figure keeps the day of the sentence.
  test.each([
    { language: "en", text: "Police counted 60 protesters on Wednesday and 81 later, officials said on Friday." },
    { language: "de", text: "Am Mittwoch zählte die Polizei 60 Teilnehmer und später 81, teilte das Ministerium am Freitag mit." },
  ] as const)("a day after a verb of saying is the saying's: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain("as of 2025-05-14");
  });
});

describe("a day that dates an event dates no figure after 'und'/'and'", () => {
  test.each([
    { language: "de", text: "Das Feuer war am Sonntagnachmittag ausgebrochen und hat bereits rund 9000 Hektar Wald vernichtet.", expected: ["begin 2025-05-18..2025-05-18 day", "en:forest [8100, 9900] ha"] },
    { language: "en", text: "The fire broke out on Sunday afternoon and has since burnt 9,000 hectares.", expected: ["begin 2025-05-18..2025-05-18 day", "en:area [9000, 9000] ha"] },
    // Without an event's verb the day dates every figure of the sentence.
    { language: "de", text: "Bis Freitag wurden 40 Menschen evakuiert und 12 verletzt.", expected: ["displaced [40, 40], as of 2025-05-16", "injured [12, 12], as of 2025-05-16"] },
    { language: "en", text: "On Saturday police arrested 12 people and 40 were injured.", expected: ["arrests [12, 12], as of 2025-05-17", "injured [40, 40], as of 2025-05-17"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("whoever demands or offers an amount gives it, and a demand is no rival of an offer", () => {
  test.each([
    { language: "de", text: "Verdi fordert 8 Prozent mehr Lohn.", expected: ["de:lohn/change+demand [8, 8] %, by Verdi"] },
    { language: "de", text: "Die Gewerkschaft verlangt 500 Euro mehr Lohn.", expected: ["de:lohn/change+demand [500, 500] EUR, by union"] },
    { language: "de", text: "Die Arbeitgeber bieten 5,5 Prozent mehr Lohn.", expected: ["de:lohn/change+offer [5.5, 5.5] %, by employers"] },
    { language: "de", text: "Die Arbeitgeber hatten zuletzt 3 Prozent mehr Lohn angeboten.", expected: ["de:lohn/change+offer [3, 3] %, by employers"] },
    { language: "en", text: "The union demands a 6% pay rise.", expected: ["en:rise/change+demand [6, 6] %, by union"] },
    { language: "en", text: "Employers have offered 3% more pay.", expected: ["en:pay/change+offer [3, 3] %, by employers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  // A counter-offer without a noun is of what the demand before it was of.
  test.each([
    { language: "de", text: "Verdi fordert 8 Prozent mehr Lohn. Die Arbeitgeber bieten 5,5 Prozent.", expected: ["de:lohn/change+demand [8, 8] %, by Verdi", "de:lohn/change+offer [5.5, 5.5] %, by employers"] },
    { language: "de", text: "Die Gewerkschaft verlangt 500 Euro mehr Lohn. Die Arbeitgeber hatten zuletzt 3 Prozent angeboten.", expected: ["de:lohn/change+demand [500, 500] EUR, by union", "de:lohn/change+offer [3, 3] %, by employers"] },
    { language: "en", text: "The union demands a 6% pay rise. Employers have offered 3%.", expected: ["en:rise/change+demand [6, 6] %, by union", "en:rise/change+offer [3, 3] %, by employers"] },
    // Without a demand before it, a bare share names nothing.
    { language: "en", text: "Employers have offered 3%.", expected: [] },
    { language: "de", text: "Verdi fordert 8 Prozent mehr Lohn. Die Inflation lag bei 2,3 Prozent.", expected: ["de:lohn/change+demand [8, 8] %, by Verdi", "de:inflation [2.3, 2.3] %"] },
  ] as const)("bare offer after a demand: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  // "fordern" also says that a disaster took lives; a demand without an amount credits nobody.
  test.each([
    { language: "de", text: "Die Opposition verlangt eine Nachzählung, nachdem die CDU 41 Prozent erhielt.", expected: ["votes/holder:cdu [41, 41] %, of CDU"] },
    { language: "de", text: "Das Erdbeben forderte mindestens 40 Todesopfer.", expected: ["dead [40, ∞)"] },
    { language: "de", text: "Laut Polizei forderte das Unwetter 12 Tote.", expected: ["dead [12, 12], by police"] },
  ] as const)("no amount, no giver: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("an ordinal word for a holder's seat is its total", () => {
  test.each([
    { language: "de", text: "Die Grünen gewannen ihren elften Sitz.", expected: ["seats/holder:grünen [11, 11], of Grünen"] },
    { language: "en", text: "The Greens won their eleventh seat.", expected: ["seats/holder:greens [11, 11], of Greens"] },
    { language: "en", text: "The Greens won their twentieth seat.", expected: ["seats/holder:greens [20, 20], of Greens"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "de", text: "Der elfte Sitz ging an die Grünen.", expected: [] },
    { language: "en", text: "It was the first seat to declare.", expected: [] },
  ] as const)("a seat's place in the count is no total: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a population that rises or falls changes by that much", () => {
  test.each([
    { language: "de", text: "Die Einwohnerzahl sank um 3.000.", expected: ["population/change [-3000, -3000]"] },
    { language: "en", text: "The population fell by 3,000.", expected: ["population/change [-3000, -3000]"] },
    { language: "de", text: "Die Bevölkerung wuchs um 1.200 auf 54.000.", expected: ["population/change [1200, 1200]", "population [54000, 54000]"] },
    { language: "en", text: "The town has a population of 54,000.", expected: ["population [54000, 54000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("an amount per person is no rival of the total", () => {
  test.each([
    { language: "de", text: "Die Verschuldung liegt bei 1.250 Euro pro Einwohner.", expected: ["debt/per resident [1250, 1250] EUR"] },
    { language: "en", text: "Debt stands at €1,250 per resident.", expected: ["debt/per resident [1250, 1250] EUR"] },
    { language: "en", text: "The city's debt is €90m, or €1,250 per head.", expected: ["debt [90000000, 90000000] EUR", "debt/per resident [1250, 1250] EUR"] },
    { language: "en", text: "The city spends €1,250 per capita.", expected: ["spending/en:citi+per resident [1250, 1250] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("German 'pro Kopf' after a total keeps the total's subject apart", () => {
    const [total, perHead] = claimLines("Die Schulden der Stadt betragen 90 Millionen Euro, das sind 1.250 Euro pro Kopf.", "de");
    expect(perHead).toBe(`${total!.split(" ")[0]}/per resident [1250, 1250] EUR`);
  });
});

describe("a sum without a currency takes the one just named", () => {
  test.each([
    { language: "de", text: "Der Haushalt umfasst 40 Milliarden Euro. Das Land macht 1,1 Milliarden neue Schulden.", expected: ["budget [40000000000, 40000000000] EUR", "deficit [1100000000, 1100000000] EUR"] },
    { language: "de", text: "Der Haushalt umfasst 40 Milliarden Euro. Das Land plant eine Kreditaufnahme von 800 Millionen.", expected: ["budget [40000000000, 40000000000] EUR", "deficit [800000000, 800000000] EUR"] },
    { language: "en", text: "The budget totals €40bn. The state plans 1.1 billion of new borrowing.", expected: ["budget [40000000000, 40000000000] EUR", "deficit [1100000000, 1100000000] EUR"] },
    { language: "en", text: "The government plans £2bn of new borrowing.", expected: ["deficit [2000000000, 2000000000] GBP"] },
    { language: "en", text: "There is €40m for schools and 12 million more for roads.", expected: ["spending/area:education [40000000, 40000000] EUR", "spending/en:road+change [12000000, 12000000] EUR"] },
    { language: "en", text: "There is €40m for schools and 12 million for roads.", expected: ["spending/area:education [40000000, 40000000] EUR", "spending/en:road [12000000, 12000000] EUR"] },
    { language: "de", text: "Für Schulen gibt es 40 Millionen Euro, für Straßen 12 Millionen mehr.", expected: ["spending/area:education [40000000, 40000000] EUR", "spending/de:strass+change [12000000, 12000000] EUR"] },
    { language: "de", text: "Für Schulen gibt es 40 Millionen Euro, für Straßen 12 Millionen.", expected: ["spending/area:education [40000000, 40000000] EUR", "spending/de:strass [12000000, 12000000] EUR"] },
    { language: "de", text: "Der Etat umfasst 40 Millionen Euro, 3 Millionen mehr als im Vorjahr.", expected: ["budget [40000000, 40000000] EUR", "budget/change [3000000, 3000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    // Without money named before, the sum stays what it counts; people are never money.
    { language: "de", text: "Das Land macht 1,1 Milliarden neue Schulden." },
    { language: "de", text: "Der Haushalt umfasst 40 Milliarden Euro. Betroffen sind 1,1 Millionen Menschen." },
    { language: "en", text: "The budget totals €40bn. Some 1.1 million people are affected." },
  ] as const)("no currency is borrowed for a count: $text", ({ text, language }) => {
    const last = claimLines(text, language).at(-1)!;
    expect(last).not.toMatch(/EUR$/);
  });
});
