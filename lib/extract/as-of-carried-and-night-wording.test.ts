import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { PUBLISHED, claimLines } from "./test-fixtures";

// Wording of as-of days the older rules read within one sentence only: a day carried to the next
// sentence that continues it, the night before a day, a weekday with its date. Each case is a
// sentence of our own, in German and English, written for the rule it tests. Published on Monday
// 2025-05-19 (test-fixtures.ts): Friday is 2025-05-16, Tuesday 2025-05-13, Wednesday 2025-05-14.

const quotes = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => c.quote);

describe("a sentence that continues a dated one keeps its day", () => {
  test.each([
    { language: "de", text: "Bis Freitagabend zählten die Behörden 41 Tote. Unter ihnen sind 12 Kinder.", expected: ["dead [41, 41], as of 2025-05-16, by authorities", "children [12, 12], as of 2025-05-16"] },
    { language: "de", text: "Am Samstag zählte die Polizei 5.000 Teilnehmer. Darunter waren 300 Schüler.", expected: ["protesters [5000, 5000], as of 2025-05-17, by police", "en:pupil [300, 300], as of 2025-05-17"] },
    { language: "de", text: "Bis Freitag wurden 41 Menschen evakuiert. Weitere 12 Menschen warten noch auf Busse.", expected: ["displaced [41, 41], as of 2025-05-16", "people/additional [12, 12], as of 2025-05-16"] },
    { language: "en", text: "As of Tuesday evening, officials had counted 3,200 evacuees. Another 800 people were waiting for buses.", expected: ["displaced [3200, 3200], as of 2025-05-13, by officials", "people/additional [800, 800], as of 2025-05-13"] },
    { language: "en", text: "Police counted 5,000 protesters on Saturday. Among them were 300 pupils.", expected: ["protesters [5000, 5000], as of 2025-05-17, by police", "en:pupil [300, 300], as of 2025-05-17"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "de", text: "Am Samstag nahm die Polizei 60 Personen fest. In Graz wurden an jenem Tag 14 Beamte verletzt." },
    { language: "en", text: "Police arrested 60 people on Saturday. In Graz, 14 officers were hurt the same day." },
  ] as const)("a phrase naming the day spoken of last takes its day: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain("as of 2025-05-17");
  });

  test.each([
    { language: "de", text: "Am Samstag zählte die Polizei 5.000 Teilnehmer.\n\nDarunter waren 300 Schüler.", why: "a paragraph break" },
    { language: "en", text: "Police counted 5,000 protesters on Saturday.\n\nAmong them were 300 pupils.", why: "a paragraph break" },
    { language: "de", text: "Am Samstag zählte die Polizei 5.000 Teilnehmer. 300 Schüler demonstrierten in Bonn.", why: "no word of continuation" },
    { language: "en", text: "By Friday officials had counted 41 dead. 300 homes remain without power.", why: "no word of continuation" },
  ] as const)("no day is carried across $why: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.at(-1)).not.toContain("as of");
  });

  // The day of an event is the event's: only a figure's own day is carried.
  test.each([
    { language: "de", text: "Das Erdbeben erschütterte die Region am Sonntag. Unter den Opfern sind 12 Kinder." },
    { language: "en", text: "The earthquake struck the region on Sunday. Among the dead are 12 children." },
  ] as const)("a dated event passes on no day: $text", ({ text, language }) => {
    const figures = claimLines(text, language).filter((line) => line.includes("[12, 12]"));
    expect(figures).toHaveLength(1);
    expect(figures[0]).not.toContain("as of");
  });

  test.each([
    { language: "de", text: "Bis Freitag zählten die Behörden 41 Tote. Weitere 12 Menschen starben am Sonntag.", expected: "as of 2025-05-18" },
    { language: "en", text: "By Friday officials had counted 41 dead. Another 12 people died on Sunday.", expected: "as of 2025-05-18" },
  ] as const)("a sentence's own day outranks the carried one: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language).at(-1)).toContain(expected);
  });
});

describe("the night before a day is that day, wherever it stands in the figure's clause", () => {
  test.each([
    { language: "de", text: "Ein Erdrutsch hat in der Nacht zum Mittwoch mehrere Häuser zerstört.", quote: "in der Nacht zum Mittwoch" },
    { language: "de", text: "Ein Erdbeben hat in der Nacht auf Samstag die Region erschüttert.", quote: "in der Nacht auf Samstag" },
    { language: "en", text: "An earthquake struck the region overnight into Saturday.", quote: "overnight into Saturday" },
  ] as const)("an event's night is one date: $text", ({ text, language, quote }) => {
    expect(quotes(text, language)).toEqual([quote]);
  });

  test.each([
    { language: "de", text: "Am Dienstag wurden 30 Menschen verletzt, 40 weitere Menschen wurden bei den Krawallen in der Nacht zum Mittwoch verletzt.", expected: ["injured [30, 30], as of 2025-05-13", "injured/additional [40, 40], as of 2025-05-14"] },
    { language: "en", text: "On Tuesday 30 people were injured and 40 more were hurt during the riots overnight into Wednesday.", expected: ["injured [30, 30], as of 2025-05-13", "injured/en:more [40, 40], as of 2025-05-14"] },
    { language: "de", text: "Die Polizei teilte am Donnerstag mit, in der Nacht zum Mittwoch seien 40 Menschen festgenommen worden.", expected: ["arrests [40, 40], as of 2025-05-14, by police"] },
    { language: "en", text: "Police said on Thursday that 40 people had been arrested in the old town overnight into Wednesday.", expected: ["arrests [40, 40], as of 2025-05-14, by police"] },
    { language: "en", text: "Firefighters were called out to 120 incidents overnight into Wednesday.", expected: ["en:incid [120, 120], as of 2025-05-14"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a weekday with its date is one date, the date written out", () => {
  test.each([
    { language: "de", text: "Die Gewerkschaften kündigten für Dienstag, den 27. Mai, einen Aktionstag an.", quote: "Dienstag, den 27. Mai" },
    { language: "en", text: "Unions have called a day of action for Tuesday, May 27.", quote: "Tuesday, May 27" },
  ] as const)("$language: $text", ({ text, language, quote }) => {
    const claims = extractClaims(text, { language, publishedAt: PUBLISHED });
    expect(claims.map((c) => c.quote)).toEqual([quote]);
    expect(claims[0]?.value).toMatchObject({ from: "2025-05-27", to: "2025-05-27" });
  });

  // 13 May 2025 is a Tuesday: the written date stands, the weekday that contradicts it does not.
  test.each([
    { language: "de", text: "Am Mittwoch, 13. Mai, zählten die Behörden 3.200 Evakuierte.", expected: ["displaced [3200, 3200], as of 2025-05-13, by authorities"] },
    { language: "en", text: "By Wednesday, May 13, officials had counted 3,200 evacuees.", expected: ["displaced [3200, 3200], as of 2025-05-13, by officials"] },
    // A number after the comma that is no day of a month leaves the weekday alone.
    { language: "de", text: "Am Sonntag, 19 Menschen waren verletzt.", expected: ["injured [19, 19], as of 2025-05-18"] },
    { language: "en", text: "On Sunday, 19 people were injured.", expected: ["injured [19, 19], as of 2025-05-18"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a day inside a 'since' phrase starts the figure's span", () => {
  // Published Monday 2025-05-19: Sunday is 2025-05-18, Friday 2025-05-16.
  test.each([
    { language: "en", text: "Some 300 flights have been cancelled since the strike began on Friday.", expected: ["en:flight [270, 330], as of 2025-05-16..2025-05-19", "begin 2025-05-16..2025-05-16 day"] },
    { language: "de", text: "Seit dem Angriff am Freitag wurden 340 Operationen verschoben.", expected: ["en:oper [340, 340], as of 2025-05-16..2025-05-19"] },
    { language: "de", text: "Am Freitag wurden 340 Operationen verschoben.", expected: ["en:oper [340, 340], as of 2025-05-16"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
