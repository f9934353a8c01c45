import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// The day of a draft or an estimate, bound to its noun: sentences of our own, in German and English.
// Published on Monday 2025-05-19. A budget named in the sentence is the draft's object ("draft/budget").

const datesOnly = (lines: string[]) => lines.filter((line) => /\.\./.test(line));

describe("a draft or an estimate dated by a day bound to its noun", () => {
  test.each([
    { language: "de", text: "Nach der Steuerschätzung vom Donnerstag fehlen der Stadt rund 300 Millionen Euro.", expected: ["draft 2025-05-15..2025-05-15 day"] },
    { language: "de", text: "Gegenüber dem Regierungsentwurf vom Februar sinkt die Neuverschuldung um 40 Millionen Euro.", expected: ["draft/budget 2025-02-01..2025-02-28 month"] },
    { language: "de", text: "Der Stadtrat hat seinen Haushaltsentwurf am Freitag überarbeitet.", expected: ["draft/budget 2025-05-16..2025-05-16 day"] },
    { language: "en", text: "Spending is €90m higher than in February's draft.", expected: ["draft/budget 2025-02-01..2025-02-28 month"] },
    { language: "en", text: "Borrowing is €25m lower than in the council's March draft.", expected: ["draft/budget 2025-03-01..2025-03-31 month"] },
    { language: "en", text: "The mayor's office on Friday put forward a draft budget of €2.1bn.", expected: ["draft/budget 2025-05-16..2025-05-16 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(datesOnly(claimLines(text, language))).toEqual(expected);
  });
});

describe("a day that is not the draft's", () => {
  test.each([
    // A deadline set for the draft, not its day.
    { language: "de", text: "Der Landtag muss den Entwurf bis Ende Juni beraten.", expected: [] },
    { language: "en", text: "Councillors have until Friday to amend the draft.", expected: [] },
    // "May's" is a name's as often as a month's.
    { language: "en", text: "Ministers defended Theresa May's draft.", expected: [] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(datesOnly(claimLines(text, language))).toEqual(expected);
  });
});

describe("storms named in the plural are dated as one", () => {
  test.each([
    { language: "en", text: "Sunday's storms cut power to thousands of homes.", expected: ["struck 2025-05-18..2025-05-18 day"] },
    { language: "de", text: "Das Unwetter vom Sonntag hat viele Dächer abgedeckt.", expected: ["struck 2025-05-18..2025-05-18 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(datesOnly(claimLines(text, language))).toEqual(expected);
  });
});

describe("a month alone keeps being read after its possessive form was added", () => {
  test.each([
    { language: "en", text: "The coalition collapsed in June.", expected: ["collapse 2024-06-01..2024-06-30 month"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(datesOnly(claimLines(text, language))).toEqual(expected);
  });
});
