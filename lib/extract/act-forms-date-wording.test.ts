import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of the day a budget or a result was laid before the public, in forms the date reader had
// not listed: a German participle before its noun, a separable verb written as one word at the end of
// a subordinate clause, the Austrian word for a budget. English says the same with words it already
// read; each pair is a sentence of our own. Published on Monday 2025-05-19 (test-fixtures.ts).

const dates = (text: string, language: "de" | "en") => claimLines(text, language).filter((line) => / day/.test(line));

describe("the day of a presentation or an announcement in every form", () => {
  test.each([
    { language: "de", text: "Nach dem am Dienstag vorgelegten Entwurf steigen die Ausgaben kaum.", expected: "present/budget 2025-05-13..2025-05-13 day" },
    { language: "de", text: "Der am Dienstag vorgestellte Haushaltsentwurf sieht keine neuen Schulden vor.", expected: "present/budget 2025-05-13..2025-05-13 day" },
    { language: "en", text: "Spending in the draft presented on Tuesday is lower than expected.", expected: "present/budget 2025-05-13..2025-05-13 day" },
    { language: "de", text: "Das zeigt das Endergebnis, das die Kommission am Donnerstag bekanntgab.", expected: "announce 2025-05-15..2025-05-15 day" },
    { language: "en", text: "This is shown by the final result, which the commission announced on Thursday.", expected: "announce 2025-05-15..2025-05-15 day" },
    { language: "de", text: "Die Ministerin hat am Mittwoch im Parlament den Bundesvoranschlag für 2026 vorgelegt.", expected: "present/budget 2025-05-14..2025-05-14 day" },
    { language: "en", text: "The minister presented the federal budget for 2026 in parliament on Wednesday.", expected: "present/budget 2025-05-14..2025-05-14 day" },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(dates(text, language)).toEqual([expected]);
  });

  test.each([
    { language: "de", text: "Die am Dienstag vorgestellten Pläne der Stadt stießen auf Kritik." },
    { language: "en", text: "The plans the city presented on Tuesday drew criticism." },
  ] as const)("a presentation of nothing a budget or bill is dated by no claim: $text", ({ text, language }) => {
    expect(dates(text, language)).toEqual([]);
  });
});
