import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { PUBLISHED, claimLines, claimSummary } from "./test-fixtures";

// A German noun for a country's people counts people of that country, as the English plural of a
// demonym does ("eight Italians"). Sentences of our own.
describe("German nouns for a country's people", () => {
  test.each([
    { text: "Unter den Toten seien acht Italiener und vier Deutsche.", lines: ["dead/IT [8, 8]", "dead/DE [4, 4]"] },
    { text: "An Bord waren 212 Schweden.", lines: ["people/SE [212, 212]"] },
    { text: "Unter den Verletzten sind drei Österreicher.", lines: ["injured/AT [3, 3]"] },
  ])("$text", ({ text, lines }) => {
    expect(extractClaims(text, { language: "de", publishedAt: PUBLISHED }).map(claimSummary)).toEqual(lines);
  });

  test("a country's noun before another noun describes it", () => {
    expect(claimLines("Das Ticket kostet 20 Schweizer Franken.", "de")[0]).toMatch(/CHF$/);
  });
});
