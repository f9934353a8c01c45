import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// Money a giver pledges is aid when nothing else in the sentence says what it is; money set aside
// stays spending, and a purpose named after the money still wins. Sentences of our own.
const PUBLISHED = "2031-03-10";
const subjects = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.subject}`);

describe("Pledged money is aid, in both languages", () => {
  test.each([
    { language: "en" as const, text: "The regional government has pledged €12m to the stricken towns.", expected: ["€12m: aid"] },
    { language: "en" as const, text: "They are pledging a further $800,000 on top of that.", expected: ["$800,000: aid"] },
    { language: "en" as const, text: "The city has set aside €12m.", expected: ["€12m: spending"] },
    { language: "de" as const, text: "Das Land hat den betroffenen Gemeinden 12 Millionen Euro zugesagt.", expected: ["12 Millionen Euro: aid"] },
    { language: "de" as const, text: "Der Bund will weitere 40 Millionen Franken zusichern.", expected: ["40 Millionen Franken: aid"] },
    { language: "de" as const, text: "Die Stadt hat 12 Millionen Euro bereitgestellt.", expected: ["12 Millionen Euro: spending"] },
  ])("$text", ({ text, language, expected }) => {
    expect(subjects(text, language)).toEqual(expected);
  });
});
