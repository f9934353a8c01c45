import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { PUBLISHED, claimLines, claimSummary } from "./test-fixtures";

// A share written in words is the percentage it stands for, read like one written in figures: its
// hedge, what it is a share of, who gives it. Sentences of our own.
describe("a share written in words is a percentage", () => {
  test.each([
    { language: "en", text: "Three in five voters turned out, the pollster said.", expected: ["turnout [60, 60] %, by pollster"] },
    { language: "en", text: "The Greens won just over a third of the vote.", expected: ["votes/holder:greens (33.33, 36.67] %, of Greens"] },
    { language: "en", text: "More than half of all ballots were cast by post.", expected: ["votes (50, ∞) %"] },
    { language: "en", text: "The Liberals won nearly two-thirds of the vote.", expected: ["votes/holder:liberals [60, 66.67) %, of Liberals"] },
    { language: "de", text: "Rund jeder vierte Verletzte war nach Angaben der Klinik ein Kind.", expected: ["injured [22.5, 27.5] %, by Klinik"] },
    { language: "de", text: "Drei von zehn Teilnehmenden kamen aus dem Umland.", expected: ["protesters [30, 30] %"] },
    { language: "de", text: "Knapp die Hälfte der Toten stammte aus dem Nachbardorf.", expected: ["dead [45, 50) %"] },
    { language: "de", text: "Ein Fünftel der Befragten lehnt die Reform ab.", expected: ["de:befragt [20, 20] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test.each([
    { language: "en", text: "Half a million people lined the streets.", expected: ["people [500000, 500000]"] },
    { language: "en", text: "In the second half of the year, the river rose twice.", expected: [] },
    { language: "en", text: "The storm lasted half an hour.", expected: [] },
    { language: "en", text: "One in three years has been drier than this one.", expected: [] },
    { language: "de", text: "In der zweiten Hälfte des Jahres stieg der Pegel.", expected: [] },
    { language: "de", text: "Sie wohnt in einem ruhigen Viertel der Altstadt.", expected: [] },
    { language: "de", text: "Die Liste gewann zwei von fünf Sitzen im Rat.", expected: ["seats/holder:liste [2, 2]", "seats/holder:liste [5, 5]"] },
  ] as const)("not a share, or read as before: $text", ({ text, language, expected }) => {
    expect(extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary)).toEqual(expected);
  });
});

describe("how far a count has got is no share", () => {
  test.each([
    { language: "en", text: "Radio North's seat projection, based on half the votes, gives the Liberals 33 seats." },
    { language: "en", text: "With a third of the ballots counted, the Liberals lead with 33 seats." },
    { language: "de", text: "Nach Auszählung der Hälfte der Stimmen liegt die Liste bei 33 Sitzen." },
  ] as const)("$language: $text", ({ text, language }) => {
    expect(claimLines(text, language).some((l) => l.includes(" %"))).toBe(false);
  });
});
