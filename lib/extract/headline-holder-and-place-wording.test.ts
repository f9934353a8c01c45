import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A headline figure whose holder was not read repeats the body's figure that has one, and a
// headline's place is the story's: the article states the figure once, with the body's holder and
// place, so it meets the other articles' figures for them. Sentences of our own.
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

const placed = (text: string, language: "de" | "en") =>
  extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${claimSummary(c)} @${c.scope.place ?? "-"}`);

describe("a headline's figure repeats the body's wherever the headline puts it", () => {
  test.each([
    {
      language: "en",
      text: "Death toll in Rif floods rises to 31\nThe number of people killed by the floods in the north of the country has risen to 31, the interior ministry said on Monday.",
      expected: ["dead [31, 31] @-"],
    },
    {
      language: "en",
      text: "Death toll rises to eight as smoke drifts into Belgium\nThe number of people killed in the explosion at a chemical works in the Netherlands has risen to eight, authorities said.",
      expected: ["dead [8, 8] @NL"],
    },
    {
      language: "de",
      text: "Unwetter im Rif: Zahl der Toten steigt auf 31\nDie Zahl der Todesopfer ist nach Angaben des Innenministeriums auf 31 gestiegen.",
      expected: ["dead [31, 31] @-"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(placed(text, language)).toEqual(expected);
  });
});
