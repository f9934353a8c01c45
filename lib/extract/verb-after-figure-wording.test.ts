import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own wording. A past tense right after a figure is the clause's verb, never the
// counted noun ("About 1,500 waited outside"): the figure counts the state the verb names, if any.
// Before a noun the same participle describes it ("3,000 confirmed cases", "1.200 bestätigte Fälle").

describe("a verb right after a figure is no counted noun", () => {
  test.each([
    { language: "en", text: "Roughly 1,500 waited outside the town hall.", expected: [] },
    { language: "en", text: "Some 400 stayed until after midnight.", expected: [] },
    { language: "en", text: "About 2,000 came to the harbour.", expected: [] },
    { language: "en", text: "One firefighter died while tackling the blaze.", expected: ["dead [1, 1]"] },
    { language: "en", text: "Some 500 waited until the gates opened.", expected: [] },
    { language: "en", text: "About 2,000 gathered yesterday on the market square.", expected: ["protesters [1800, 2200], as of 2025-05-18"] },
    { language: "en", text: "The union said 600 marched through the old town.", expected: ["protesters [600, 600], by union"] },
    { language: "de", text: "Rund 1.500 warteten draußen vor dem Rathaus.", expected: [] },
    { language: "de", text: "Etwa 2.000 versammelten sich am Sonntag auf dem Marktplatz.", expected: ["protesters [1800, 2200], as of 2025-05-18"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("a participle between a figure and its noun is a modifier, not a speech verb", () => {
  test.each([
    { language: "en", text: "Health officials reported 3,000 confirmed cases.", expected: ["en:case [3000, 3000], by Health officials"] },
    { language: "en", text: "The agency said about 3,000 confirmed infections were logged.", expected: ["sick [2700, 3300], by agency"] },
    { language: "en", text: "The clinic said 200 injured people were treated.", expected: ["injured [200, 200], by clinic"] },
    { language: "de", text: "Das Gesundheitsamt meldete 1.200 bestätigte Fälle.", expected: ["en:case [1200, 1200], by Gesundheitsamt"] },
    { language: "de", text: "Die Behörde zählte rund 800 bestätigte Infektionen.", expected: ["sick [720, 880], by authority"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
  test.each([
    { language: "en", text: "The agency said 3,000 confirmed the figure." },
    { language: "en", text: "Of the callers, 300 confirmed by email." },
  ] as const)("$language: $text", ({ text, language }) => {
    expect(claimLines(text, language)).toEqual([]);
  });
});

describe("a participle after an article's figure is part of its noun phrase, not the clause's verb", () => {
  test.each([
    { language: "en", text: "The coalition would hold 45 seats, short of the 51 needed for a majority." },
    { language: "en", text: "The alliance holds 60 seats, four short of the 64 required to govern." },
  ] as const)("$language: $text", ({ text, language }) => {
    expect(claimLines(text, language).filter((l) => l.includes("holder:"))).toEqual([]);
  });
});
