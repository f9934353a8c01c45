import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// People said to suffer an injury or to need care for one are counted as injured, whatever noun
// counts them; a fatal harm is no injury. Sentences of our own.
const PUBLISHED = "2031-03-10";
const subjects = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.subject}`);

describe("Undergoing an injury or its care makes a count of injured, in both languages", () => {
  test.each([
    { language: "en" as const, text: "Seven stewards suffered cuts and bruises, while four stewards sustained minor burns.", expected: ["Seven stewards: en:steward", "four stewards: injured"] },
    { language: "en" as const, text: "About 30 spectators needed medical attention after the stand gave way.", expected: ["About 30 spectators: injured"] },
    { language: "en" as const, text: "Nine residents required hospital treatment for smoke inhalation.", expected: ["Nine residents: injured"] },
    { language: "en" as const, text: "Two climbers suffered fatal injuries on the ridge.", expected: ["Two climbers: en:climber"] },
    { language: "de" as const, text: "Sechs Feuerwehrleute erlitten leichte Rauchvergiftungen, vier Zuschauer erlitten Prellungen.", expected: ["Sechs Feuerwehrleute: en:firefight", "vier Zuschauer: injured"] },
    { language: "de" as const, text: "Nach dem Einsturz: 14 Gäste benötigten ärztliche Versorgung.", expected: ["14 Gäste: injured"] },
  ])("$text", ({ text, language, expected }) => {
    expect(subjects(text, language)).toEqual(expected);
  });
});
