import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A headline figure whose holder was not read repeats the body's figure that has one: the article
// states it once, with its holder, so it meets the other articles' figures for that holder.
// Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a headline without a holder repeats the body's figure with one", () => {
  test.each([
    {
      language: "de",
      text: "Nach der Wahl: über 640.000 Stimmen\nUA-Chef Pablo Ruiz sagte am Montag, seine Partei habe über 640.000 Stimmen erhalten.",
      expected: ["votes/holder:ua (640000, ∞)"],
    },
    {
      language: "en",
      text: "Centre Party claims over 900,000 votes\nThe party leader said on Monday that the CP had won over 900,000 votes.",
      expected: ["votes/holder:cp (900000, ∞)"],
    },
    // Another figure in the headline stays its own.
    {
      language: "en",
      text: "Centre Party claims over 950,000 votes\nThe party leader said on Monday that the CP had won over 900,000 votes.",
      expected: ["votes (950000, ∞)", "votes/holder:cp (900000, ∞)"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a holder's name never runs across a line", () => {
  test.each([
    {
      language: "de",
      text: "Unión Azul reklamiert über 640.000 Stimmen\nUA-Chef Pablo Ruiz sagte am Montag, seine Partei habe über 640.000 Stimmen erhalten.",
      expected: ["votes/holder:unión azul (640000, ∞)", "votes/holder:ua (640000, ∞)"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
