import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A margin between the two sides of a vote is a question of its own: "a margin of 14,200", "der
// Vorsprung liege „klar unter 9.000“". Sentences of our own wording, German and English.
const PUBLISHED = "2030-05-06";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a count of votes a margin noun names is a margin, held by neither side", () => {
  test.each([
    { language: "en", text: "The final tally left the Yes side with a margin of 14,200.", expected: ["votes/margin [14200, 14200]"] },
    { language: "en", text: "Berger had a lead of about 41,000 votes.", expected: ["votes/margin [36900, 45100]"] },
    { language: "en", text: "The margin was 2,570 votes.", expected: ["votes/margin [2570, 2570]"] },
    { language: "de", text: "Der Vorsprung beträgt 14.200 Stimmen.", expected: ["votes/margin [14200, 14200]"] },
    { language: "de", text: "Die Amtsinhaberin gewann mit 2.410 Stimmen Vorsprung.", expected: ["votes/margin [2410, 2410]"] },
    { language: "de", text: "Der Abstand wuchs nach der Briefwahl auf 3.100 Stimmen.", expected: ["votes/margin [3100, 3100]"] },
    { language: "de", text: "Den Ausschlag gaben gerade einmal 1.104 Stimmen.", expected: ["votes/margin [1104, 1104]"] },
    // Who beats another by a count wins by it, however long the beaten side's name.
    { language: "en", text: "The challenger beat the incumbent mayor of the Liberal Democrats by 950 votes.", expected: ["votes/margin [950, 950]"] },
    // The change before the new level is a change of the margin (margin-change-wording.test.ts); the level after it is the margin.
    { language: "de", text: "Die Nachzählung verringerte den Vorsprung der Nein-Seite um 310 auf 13.890 Stimmen.", expected: ["votes/margin+change [-310, -310]", "votes/margin [13890, 13890]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a bare figure after a margin noun, quoted or hedged, is a margin of votes", () => {
  test.each([
    { language: "en", text: 'The campaign said the real margin was "below 9,000".', expected: ["votes/margin [0, 9000)"] },
    { language: "de", text: "Ein Sprecher sagte, bei korrekter Zählung liege der Vorsprung „klar unter 9.000“.", expected: ["votes/margin [0, 9000)"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a lead said with 'by' or 'vorn' is a margin", () => {
  test.each([
    { language: "en", text: "The No side was ahead nationally by 6,300 votes.", expected: ["votes/margin [6300, 6300]"] },
    { language: "en", text: "Lindqvist won by 2,410 votes.", expected: ["votes/margin [2410, 2410]"] },
    { language: "de", text: "Lindqvist liegt mit 2.410 Stimmen vorn.", expected: ["votes/margin [2410, 2410]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("what is no margin stays as it was", () => {
  test.each([
    // "lead" as a verb, and a count of votes with no margin word.
    { language: "en", text: "The unions will lead a march of 3,000 people.", expected: ["people [3000, 3000]"] },
    { language: "en", text: "Berger received 24,235 votes.", expected: ["votes/holder:berger [24235, 24235]"] },
    { language: "de", text: "Berger erhielt 24.235 Stimmen.", expected: ["votes/holder:berger [24235, 24235]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a round named after a word of comparison is the compared figure's", () => {
  test.each([
    {
      language: "de",
      text: "Die Wahlbeteiligung lag bei 38,4 Prozent und damit unter der des ersten Wahlgangs (44,1 Prozent).",
      expected: ["turnout [38.4, 38.4] %", "turnout/first round [44.1, 44.1] %"],
    },
    { language: "en", text: "Turnout was 38 percent, down from 44 percent in the first round.", expected: ["turnout [38, 38] %", "turnout/previous+first round [44, 44] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
