import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Two sources in one sentence, each with a figure of its own clause: sentences of our own, in German
// and English. Published on Monday 2025-05-19.

describe("a source whose clause gives another figure is that figure's", () => {
  test.each([
    {
      language: "de",
      text: "Die Polizei zählte in der Spitze 24.000 Demonstrierende, das Bündnis sprach von 60.000.",
      expected: ["protesters [24000, 24000], by police", "protesters [60000, 60000], by alliance"],
    },
    {
      language: "de",
      text: "In Linz beteiligten sich nach Angaben der Polizei rund 3.000 Menschen, die Veranstalter nannten knapp 9.000.",
      expected: ["protesters [2700, 3300], in AT/Linz, by police", "protesters [8100, 9000), in AT/Linz, by organisers"],
    },
    {
      language: "en",
      text: "In Linz about 3,000 people marched according to the police, the organisers counted nearly 9,000.",
      expected: ["protesters [2700, 3300], in AT/Linz, by police", "protesters [8100, 9000), in AT/Linz, by organisers"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a source that gives no figure of its own speaks for the clause before it", () => {
  test.each([
    { language: "de", text: "In Graz demonstrierten 6.500 Menschen, teilte die Polizei mit.", expected: ["protesters [6500, 6500], in AT/Graz, by police"] },
    { language: "en", text: "Shops reported damage of about €250,000, according to the police.", expected: ["cost [225000, 275000] EUR, by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language).filter((line) => !/^protest \d/.test(line))).toEqual(expected);
  });
});

describe("a source folded into a compound with its account", () => {
  test.each([
    { language: "de", text: "Nach Polizeiangaben wurden in Wien 23 Personen festgenommen.", expected: ["arrests [23, 23], in AT/Vienna, by police"] },
    { language: "de", text: "In Bremerhaven streikten nach Verdi-Angaben rund 2.200 Beschäftigte.", expected: ["strikers [1980, 2420], in DE/Bremerhaven, by Verdi"] },
    { language: "de", text: "In Metz gingen laut Polizei etwa 6.000 Menschen auf die Straße, nach Gewerkschaftsangaben 14.000.", expected: ["protesters [5400, 6600], in FR/Metz, by police", "protesters [14000, 14000], in FR/Metz, by union"] },
    // English writes the source apart, and "nach Angaben" alone is a marker read elsewhere.
    { language: "en", text: "According to police estimates, 23 people were arrested in Vienna.", expected: ["arrests [23, 23], in AT/Vienna, by police"] },
    { language: "de", text: "Nach Angaben der Polizei wurden in Wien 23 Personen festgenommen.", expected: ["arrests [23, 23], in AT/Vienna, by police"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language).filter((line) => !/^protest \d/.test(line))).toEqual(expected);
  });
});

describe("an indefinite subject whose verb takes an object speaks", () => {
  test.each([
    { text: "A regional newspaper reported damage of 4.5 million euros.", expected: ["cost [4500000, 4500000] EUR, by regional newspaper"] },
    // A participle opening an attribute ("announced in …") still makes no speaker of the phrase before it.
    { text: "A relief fund announced in the budget will pay 300 euros per household.", expected: null },
  ])("en: $text", ({ text, expected }) => {
    const lines = claimLines(text, "en");
    if (expected) expect(lines).toEqual(expected);
    else expect(lines.every((line) => !line.includes(", by "))).toBe(true);
  });
});
