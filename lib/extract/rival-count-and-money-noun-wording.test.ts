import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A rival's count in the sentence after a figure (a voice setting its own number against it) counts
// what that figure counted, where and when it counted it; a deficit or debt in percent is a share of
// the economy's output; a word before a year, a conjunction or a name in the genitive is not what a
// sum is of; a per-person phrase fronted before a sum makes it a rate. Each case is a sentence of our
// own, in German and English, written for the rule it tests.

describe("a rival's count naming no group of its own counts what the figure before counted", () => {
  test.each([
    {
      language: "de",
      text: "Am Samstag evakuierten die Behörden 850 Anwohner. Die Hilfsorganisation sprach dagegen von mehr als 1.300 Menschen.",
      expected: ["displaced [850, 850], as of 2025-05-17", "displaced (1300, ∞), by Hilfsorganisation"],
    },
    {
      language: "de",
      text: "Nach Angaben der Polizei wurden vier Beamte verletzt. Die Polizeigewerkschaft sprach hingegen von neun verletzten Kolleginnen und Kollegen.",
      expected: ["injured/police [4, 4], by police", "injured/police [9, 9], by police union"],
    },
    {
      language: "en",
      text: "Officials said 850 residents were evacuated on Saturday. The aid group, however, spoke of more than 1,300 people.",
      expected: ["displaced [850, 850], as of 2025-05-17, by officials", "displaced (1300, ∞), as of 2025-05-17, by aid group"],
    },
    {
      language: "en",
      text: "Police said four officers were injured. The police union, however, spoke of nine colleagues injured.",
      expected: ["injured/police [4, 4], by police", "injured/police [9, 9], by police union"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("without a word of contrast, people stay people", () => {
    expect(claimLines("Die Behörden evakuierten 850 Anwohner. Das Rote Kreuz sprach von 1.300 Menschen in Notquartieren.", "de")[1]).toMatch(/^displaced|^people/);
    expect(claimLines("Officials evacuated 850 residents. The aid group said 1,300 people attended the vigil.", "en")[1]).toMatch(/^people|^protesters/);
  });
});

describe("a rival's figure naming no place or day is the same march's", () => {
  test.each([
    {
      language: "de",
      text: "In Leipzig zählte die Polizei am Sonntag 14.000 Demonstranten. Die Veranstalter nannten 31.000 Teilnehmer.",
      expected: ["protesters [14000, 14000], in DE/Leipzig, as of 2025-05-18, by police", "protesters [31000, 31000], in DE/Leipzig, as of 2025-05-18, by organisers"],
    },
    {
      language: "en",
      text: "In Leeds, police counted 14,000 protesters on Sunday. The organisers claimed 31,000 marchers.",
      expected: ["protesters [14000, 14000], in GB/Leeds, as of 2025-05-18, by police", "protesters [31000, 31000], in GB/Leeds, as of 2025-05-18, by organisers"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "de", text: "In Leipzig zählte die Polizei am Sonntag 14.000 Demonstranten. Die Veranstalter nannten insgesamt 31.000 Teilnehmer.", second: "protesters [31000, 31000], by organisers" },
    { language: "en", text: "In Leeds, police counted 14,000 protesters on Sunday. The organisers claimed 31,000 marchers in all.", second: "protesters [31000, 31000], by organisers" },
    { language: "de", text: "Allein in Grimma zählte die Polizei 900 Demonstranten. Die Veranstalter nannten 5.000 Teilnehmer.", second: "protesters [5000, 5000], by organisers" },
    { language: "en", text: "In Hull alone, police counted 900 protesters. The organisers claimed 5,000 marchers.", second: "protesters [5000, 5000], by organisers" },
    // Some of a group named before: the part's place is not the rival's. (English "900 of these
    // protesters" is not read as a count yet, so only the German sentence can show it.)
    { language: "de", text: "Die Polizei sagte, etwa 900 dieser Demonstranten seien weiter nach Grimma gezogen. Die Veranstalter sprachen dagegen von 5.000 Teilnehmern.", second: "protesters [5000, 5000], by organisers" },
  ] as const)("not onto a total, nor from a part: $language: $text", ({ text, language, second }) => {
    expect(claimLines(text, language)[1]).toBe(second);
  });

  test("a paragraph between parts them", () => {
    expect(claimLines("In Leipzig zählte die Polizei 14.000 Demonstranten.\n\nDie Veranstalter nannten 31.000 Teilnehmer.", "de")[1]).toBe("protesters [31000, 31000], by organisers");
  });
});

describe("people who cannot return home are displaced", () => {
  test.each([
    { language: "de", text: "Nach dem Beben können rund 2.500 Menschen nicht in ihre Häuser zurück.", expected: ["displaced [2250, 2750]"] },
    { language: "en", text: "After the quake, some 2,500 people cannot return to their homes.", expected: ["displaced [2250, 2750]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a deficit or debt in percent, its base unnamed, is a share of GDP", () => {
  test.each([
    { language: "de", text: "Das Defizit soll im kommenden Jahr 2,8 Prozent betragen.", expected: ["deficit/of:gdp [2.8, 2.8] %"] },
    { language: "de", text: "Die Schuldenquote liegt bei 61,5 Prozent des BIP.", expected: ["debt/of:gdp [61.5, 61.5] %"] },
    { language: "de", text: "Die Schulden stiegen um 4 Prozent.", expected: ["debt/change [4, 4] %"] },
    { language: "en", text: "The deficit is expected to reach 2.8% next year.", expected: ["deficit/of:gdp [2.8, 2.8] %"] },
    { language: "en", text: "Debt rose by 4%.", expected: ["debt/change [4, 4] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("what a sum is not of: a year's word, a conjunction, a name in the genitive", () => {
  test.each([
    { language: "de", text: "Der Rechnungshof rechnet mit einer Verschuldung von 41,2 Mrd. Euro Ende 2030.", expected: ["debt [41200000000, 41200000000] EUR, as of 2030-12-31, by Rechnungshof"] },
    { language: "de", text: "Die Verschuldung Helgolands steigt bis Ende 2030 auf 0,3 Mrd. Euro.", expected: ["debt [300000000, 300000000] EUR, as of 2030-12-31"] },
    { language: "en", text: "The opposition said the real deficit was €2.7bn once €600m in off-budget loans were counted.", expected: ["deficit [2700000000, 2700000000] EUR, by opposition"] },
    { language: "en", text: "The council said the deficit would be €3bn unless taxes rise.", expected: ["deficit [3000000000, 3000000000] EUR, by council"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    // Only the first figure's reading is the rule's.
    expect(claimLines(text, language).slice(0, 1)).toEqual(expected);
  });
});

describe("a per-person phrase before the figure makes it a rate", () => {
  test.each([
    { language: "de", text: "Der Schuldenstand der Stadt erreicht 2,1 Mrd. Euro, pro Kopf sind das rund 3.900 Euro.", expected: ["debt [2100000000, 2100000000] EUR", "debt/per resident [3510, 4290] EUR"] },
    { language: "en", text: "The city's debt will reach €2.1bn; per head, that is about €3,900.", expected: ["debt [2100000000, 2100000000] EUR", "debt/per resident [3510, 4290] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
