import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// In an explainer of questions and answers, the question says what befell the people its answer
// counts; an answer naming its own state, a question giving a figure, or a figure later in the
// answer is read as before. Sentences of our own.
const PUBLISHED = "2031-03-10";
const subjects = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.subject}`);

describe("A question names the state of the count answering it, in both languages", () => {
  test.each([
    { language: "en" as const, text: "How many were hurt in the crush? About 70 fans, the stadium said.", expected: ["About 70 fans: injured"] },
    { language: "en" as const, text: "Who had to leave home? Roughly 2,000 residents of the valley.", expected: ["Roughly 2,000 residents: displaced"] },
    { language: "en" as const, text: "How many people died? Eleven, according to the coroner.", expected: ["Eleven: dead"] },
    { language: "en" as const, text: "Were 40 people hurt? About 70 fans, the stadium said.", expected: ["40 people: injured", "About 70 fans: en:fan"] },
    { language: "de" as const, text: "Wie viele Menschen wurden verletzt? Rund 70 Besucher, sagt die Rettung.", expected: ["Rund 70 Besucher: injured"] },
    { language: "de" as const, text: "Wer wurde evakuiert? Etwa 900 Anwohner aus drei Dörfern.", expected: ["Etwa 900 Anwohner: displaced", "drei Dörfern: en:villag"] },
  ])("$text", ({ text, language, expected }) => {
    expect(subjects(text, language)).toEqual(expected);
  });
});
