import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Days of protests, strikes and disasters, named by a noun or reported by a verb of marching or walking
// out: sentences of our own, in German and English. Published on Monday 2025-05-19.

describe("a day bound to a noun naming the event dates it", () => {
  test.each([
    { language: "de", text: "Das Beben vom Samstag war das stärkste seit Jahren.", expected: ["struck 2025-05-17..2025-05-17 day"] },
    { language: "de", text: "Ein Erdrutsch hat am Mittwoch mehrere Häuser zerstört.", expected: ["struck 2025-05-14..2025-05-14 day"] },
    { language: "de", text: "Ein Warnstreik hat am Dienstag den Nahverkehr lahmgelegt.", expected: ["strike 2025-05-13..2025-05-13 day"] },
    { language: "en", text: "Saturday's earthquake was the strongest in years.", expected: ["struck 2025-05-17..2025-05-17 day"] },
    { language: "en", text: "The death toll from Saturday's earthquake rose to 19.", expected: ["struck 2025-05-17..2025-05-17 day", "dead [19, 19]"] },
    { language: "en", text: "Police arrested 54 people after Thursday's march.", expected: ["arrests [54, 54]", "protest 2025-05-15..2025-05-15 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("people who marched or walked out on a day", () => {
  test.each([
    { language: "de", text: "In Lyon sind am Samstag Tausende auf die Straße gegangen.", expected: ["protest 2025-05-17..2025-05-17 day"] },
    { language: "de", text: "Am Donnerstag haben in Metz Hunderte demonstriert.", expected: ["protest 2025-05-15..2025-05-15 day"] },
    { language: "en", text: "Thousands marched through the city on Saturday.", expected: ["protest 2025-05-17..2025-05-17 day"] },
    { language: "en", text: "Dockworkers walked off the job on Wednesday.", expected: ["strike 2025-05-14..2025-05-14 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language).filter((line) => !/^protesters|^workers|^people/.test(line))).toEqual(expected);
  });
});

describe("a day planned for the event lies ahead", () => {
  test.each([
    { language: "de", text: "Die Gewerkschaften kündigten für den 8. Juni einen weiteren Aktionstag an.", expected: ["protest 2025-06-08..2025-06-08 day"] },
    { language: "de", text: "Die Polizei rechnet für die Kundgebung am Samstag mit Tausenden.", expected: ["protest 2025-05-24..2025-05-24 day"] },
    { language: "de", text: "Der Ausstand soll am Dienstag um 3 Uhr beginnen.", expected: ["begin 2025-05-20..2025-05-20 day"] },
    { language: "en", text: "Unions called another day of action for Saturday.", expected: ["protest 2025-05-24..2025-05-24 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language).filter((line) => !/^protesters|^people/.test(line))).toEqual(expected);
  });
});

describe("a day that is not the named event's", () => {
  test.each([
    // The day dates the toll, the figure of the sentence.
    { language: "de", text: "Die Zahl der Toten nach dem Hochwasser stieg am Montag auf 14.", expected: ["dead [14, 14]"] },
    { language: "en", text: "The death toll from the floods rose to 14 on Monday.", expected: ["dead [14, 14]"] },
    // The start of a period, and the day of speaking far from the noun.
    { language: "de", text: "Es war der vierte Aktionstag seit Januar.", expected: [] },
    { language: "en", text: "It was the fourth day of action since January.", expected: [] },
    { language: "de", text: "Der Minister sprach am Montag in Wien von weitgehend friedlichen Protesten.", expected: [] },
    // "5 March": the month, not a march.
    { language: "en", text: "The budget of 5 March was a surprise.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
