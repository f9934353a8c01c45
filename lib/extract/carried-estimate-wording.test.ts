import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// A projection's shares, listed on in sentences that name no source, stay a projection's shares (no
// final result); the source is not carried to them, and an official result carries nothing. Sentences of our own.
const PUBLISHED = "2029-09-23";
const sources = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.attribution ?? "-"}`);
const stages = (text: string, language: "de" | "en") =>
  extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.qualifiers.includes("projection") ? "projection" : "-"}`);

describe("A share listed on after a projection is a projection's share, in both languages", () => {
  test.each([
    { language: "de" as const, text: "Laut einer Hochrechnung des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Linke erreicht 8 Prozent.", expected: ["31 Prozent: projection", "8 Prozent: projection"] },
    { language: "en" as const, text: "According to a projection by Civica, the SPD won 29%. The Greens were at 14%.", expected: ["29%: projection", "14%: projection"] },
    // A list may run on for a few sentences, across a paragraph.
    {
      language: "de" as const,
      text: "Nach einer Hochrechnung des Senders Westwelle liegt die SPD vorn. Die CDU kommt auf 27 Prozent. Die AfD erreicht 16 Prozent.\n\nDie Grünen liegen bei 11 Prozent. Die FDP muss mit 4,5 Prozent bangen.",
      expected: ["27 Prozent: projection", "16 Prozent: projection", "11 Prozent: projection", "4,5 Prozent: projection"],
    },
    // A sentence without a share ends the list.
    {
      language: "de" as const,
      text: "Laut einer Hochrechnung des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Stimmung im Saal war gedrückt. Die Linke erreicht 8 Prozent.",
      expected: ["31 Prozent: projection", "8 Prozent: -"],
    },
    // A poll before the vote is no projection of its result.
    { language: "de" as const, text: "Laut einer Umfrage des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Linke erreicht 8 Prozent.", expected: ["31 Prozent: -", "8 Prozent: -"] },
  ])("$text", ({ text, language, expected }) => {
    expect(stages(text, language)).toEqual(expected);
  });

  test.each([
    { language: "de" as const, text: "Laut einer Hochrechnung des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Linke erreicht 8 Prozent.", expected: ["31 Prozent: Institut Zahlwerk", "8 Prozent: -"] },
    { language: "en" as const, text: "According to a projection by Civica, the SPD won 29%.\n\nThe Greens were at 14%, the FDP at 5%.", expected: ["29%: Civica", "14%: -", "5%: -"] },
    // An official result states the shares: what follows is the outlet's own account.
    { language: "en" as const, text: "The SPD won 27% of the vote, according to the preliminary result published by the electoral office. The Greens took 14%.", expected: ["27% of the vote: electoral office", "14%: -"] },
  ])("the source stays with its own sentence: $text", ({ text, language, expected }) => {
    expect(sources(text, language)).toEqual(expected);
  });
});

describe("An estimate named without its author speaks for itself", () => {
  test.each([
    { language: "de" as const, text: "Nach der ersten Hochrechnung käme die CDU auf 35 Sitze.", expected: ["35 Sitze: Hochrechnung"] },
    { language: "de" as const, text: "Nach ersten Prognosen liegt die SPD bei 24 Prozent.", expected: ["24 Prozent: Prognosen"] },
    // "nach" before an event says when, not who.
    { language: "de" as const, text: "Nach der Wahl kam die CDU auf 31 Prozent.", expected: ["31 Prozent: -"] },
    { language: "en" as const, text: "According to the first projection, the CDU would get 35 seats.", expected: ["35 seats: projection"] },
  ])("$text", ({ text, language, expected }) => {
    expect(sources(text, language)).toEqual(expected);
  });
});
