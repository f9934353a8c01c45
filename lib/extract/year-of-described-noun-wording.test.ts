import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// A year in an English relative clause or participle aside ("the hospital, which opened in 1987")
// tells the noun's history: no date of the day's events. A day there ("which began on Saturday")
// still dates its event. Sentences of our own.

const dates = (text: string) =>
  extractClaims(text, { language: "en", publishedAt: "2026-05-10" })
    .filter((c) => c.valueKind === "date")
    .map((c) => `${c.subject} "${c.quote}"`);

describe("a year describing a noun is no event's date", () => {
  test.each([
    { text: "The hospital, which opened in 1987, treated 40 injured people.", expected: [] },
    { text: "Rescuers took 40 injured people to the hospital, which opened in 1987.", expected: [] },
    { text: "In the hospital, opened in 1987, 40 injured people were treated.", expected: [] },
    { text: "The dam, which was completed in 1962, burst on Monday; 40 people died.", expected: ['collapse "on Monday"'] },
    { text: "The march, which began on Saturday, drew 40,000 people.", expected: ['begin "on Saturday"'] },
  ])("$text", ({ text, expected }) => {
    expect(dates(text)).toEqual(expected);
  });
});
