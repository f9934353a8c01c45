import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// The day a report or an opinion was made public, and figures joined by "and" after a dated act:
// sentences of our own, in German and English. Published on Monday 2025-05-19.

const datesOnly = (lines: string[]) => lines.filter((line) => /\.\./.test(line));

describe("a document published on a day", () => {
  test.each([
    { language: "de", text: "Das geht aus einer Stellungnahme hervor, die am Freitag veröffentlicht wurde.", expected: ["publish/report 2025-05-16..2025-05-16 day"] },
    { language: "de", text: "Der Rechnungshof veröffentlichte am Mittwoch seinen Bericht zur Lage der Stadtwerke.", expected: ["publish/report 2025-05-14..2025-05-14 day"] },
    { language: "en", text: "In a study published on Thursday, the institute found that rents rose by 9%.", expected: ["publish/report 2025-05-15..2025-05-15 day"] },
    { language: "en", text: "The watchdog released its opinion on Friday.", expected: ["publish/report 2025-05-16..2025-05-16 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(datesOnly(claimLines(text, language))).toEqual(expected);
  });
});

// Figures are no document: the day makes no date claim (in German's relative clause it dates the act).
describe("published figures are no document", () => {
  test.each([
    { language: "de", text: "Die Zahlen, die am Freitag veröffentlicht wurden, nennen 40 Tote.", expected: ["dead [40, 40]"] },
    { language: "en", text: "Figures released on Friday showed 40 dead.", expected: ["dead [40, 40], as of 2025-05-16"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("figures joined by 'and' share the day of the act that gave them", () => {
  test.each([
    { language: "en", text: "A survey published on Friday had put Yes at 52% and No at 48%.", expected: ["votes/holder:yes [52, 52] %, as of 2025-05-16", "votes/holder:no [48, 48] %, as of 2025-05-16"] },
    { language: "de", text: "Eine am Freitag veröffentlichte Umfrage sah Ja bei 52 Prozent und Nein bei 48 Prozent.", expected: ["votes/holder:ja [52, 52] %, as of 2025-05-16", "votes/holder:nein [48, 48] %, as of 2025-05-16"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language).map((line) => line.replace(/, by .*$/, ""))).toEqual(expected);
  });
});
