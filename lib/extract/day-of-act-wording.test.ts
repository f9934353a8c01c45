import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a day bound to an act whose figures outlast it: a budget passed or laid before a
// council, an election. The day is the act's (a date claim of its own); the sums, tallies and shares
// hold as of the report. Each case is a sentence of our own, in German and English. Published on
// Monday 2025-05-19 (test-fixtures.ts): as-of days equal to it are not shown.

const figures = (text: string, language: "de" | "en") => claimLines(text, language).filter((line) => line.includes("["));

describe("the day of an act dates the act, not its figures", () => {
  test.each([
    { language: "de", text: "Der Stadtrat hat am Donnerstag einen Haushalt von 3,4 Milliarden Euro mit 41 zu 30 Stimmen beschlossen." },
    { language: "de", text: "Die Kämmerin hat am Dienstag den Entwurf vorgelegt, der Ausgaben von 820 Millionen Euro vorsieht." },
    { language: "de", text: "Die Grünen sind bei der Gemeinderatswahl am Sonntag auf 14,2 Prozent der Stimmen gekommen." },
    { language: "en", text: "The regional assembly on Thursday passed a budget of €3.4 billion by 41 votes to 30." },
    { language: "en", text: "The treasurer on Tuesday presented a draft that foresees spending of €820 million." },
    { language: "en", text: "The Greens took 14.2% of the vote in Sunday's council election." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = figures(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain("as of");
  });

  test.each([
    { language: "de", text: "Der Stadtrat hat am Donnerstag einen Haushalt von 3,4 Milliarden Euro beschlossen.", expected: "2025-05-15" },
    { language: "en", text: "The Greens took 14.2% of the vote in Sunday's council election.", expected: "2025-05-18" },
  ] as const)("the act keeps its day as a date claim: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language).some((line) => line.includes(`${expected}..${expected}`) || line.includes(expected))).toBe(true);
  });
});

describe("a day the act does not own still dates the figure", () => {
  test.each([
    // A figure named after an act of an earlier day is that day's level.
    { language: "en", text: "Spending rises to €3.6 billion from the €3.4 billion approved by the council in March.", quote: "[3400000000, 3400000000]", expected: "as of 2025-03" },
    // An act cited with a day further back than the week before publication is a finished one.
    { language: "de", text: "Im ersten Wahlgang am 27. April hatte die Kandidatin 38,4 Prozent der Stimmen erreicht.", quote: "[38.4, 38.4]", expected: "as of 2025-04-27" },
    { language: "en", text: "In the first round on April 27, the candidate had won 38.4% of the vote.", quote: "[38.4, 38.4]", expected: "as of 2025-04-27" },
    // A level reached by a day is no act's day.
    { language: "de", text: "Bis Freitag hatte der Stadtrat Hilfen von 12 Millionen Euro beschlossen.", quote: "[12000000, 12000000]", expected: "as of 2025-05-16" },
    { language: "en", text: "By Friday the council had approved aid of €12 million.", quote: "[12000000, 12000000]", expected: "as of 2025-05-16" },
    // Marching is no act that fixes a figure: the crowd is the day's.
    { language: "de", text: "Am Samstag demonstrierten in Linz 4.000 Menschen gegen die Kürzungen.", quote: "[4000, 4000]", expected: "as of 2025-05-17" },
    { language: "en", text: "About 4,000 people marched against the cuts in Linz on Saturday.", quote: "[3600, 4400]", expected: "as of 2025-05-17" },
  ] as const)("$language: $text", ({ text, language, quote, expected }) => {
    const line = figures(text, language).find((l) => l.includes(quote));
    expect(line).toBeDefined();
    expect(line).toContain(expected);
  });
});
