import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A counting noun ("Zählungen", "Schätzungen", "Angaben", "count", "tally") is no speaker: the one who
// counted is, named in its genitive or "by"-phrase, or in English as a noun set before it. Sentences of our own.

describe("the author of a count, not the count, gives the figure", () => {
  test.each([
    { text: "Gemäß ersten Zählungen der Polizei kamen 4.000 Menschen.", by: "police", language: "de" as const },
    { text: "Laut ersten Schätzungen der Veranstalter kamen 9.000 Menschen.", by: "organisers", language: "de" as const },
    { text: "Gemäß den Angaben der Feuerwehr wurden 14 Menschen verletzt.", by: "fire brigade", language: "de" as const },
    { text: "According to an early police count, 4,000 people attended.", by: "police", language: "en" as const },
    { text: "According to a first union tally, 9,000 workers walked out.", by: "union", language: "en" as const },
  ])("$text", ({ text, by, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`by ${by}(,|$)`));
  });

  // The author is no more what is counted than it is a count: the crowd stays people.
  test.each([
    { text: "Nach einer ersten Schätzung der Veranstalter kamen 9.000 Menschen.", line: "people [9000, 9000], by organisers", language: "de" as const },
    { text: "Laut Schätzungen der Polizei kamen 4.000 Menschen.", line: "people [4000, 4000], by police", language: "de" as const },
  ])("$text", ({ text, line, language }) => {
    expect(claimLines(text, language)).toEqual([line]);
  });

  test("a count with no author named gives no speaker", () => {
    expect(claimLines("According to the latest official count, 4,000 people attended.", "en")[0]).not.toMatch(/ by /);
    expect(claimLines("Nach ersten Zählungen kamen 4.000 Menschen.", "de")[0]).not.toMatch(/ by /);
  });
});
