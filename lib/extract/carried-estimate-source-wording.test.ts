import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// A projection's or a poll's shares, listed on in sentences that name no source, stay the
// estimate's; an official result is stated as fact and carries nothing. Sentences of our own.
const PUBLISHED = "2029-09-23";
const sources = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.attribution ?? "-"}`);

describe("German: shares after a projection with its source are the projection's", () => {
  test.each([
    {
      text: "Laut einer Hochrechnung des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Linke erreicht 8 Prozent.",
      expected: ["31 Prozent: Instituts Zahlwerk", "8 Prozent: Instituts Zahlwerk"],
    },
    {
      text: "Nach einer Prognose des Senders Westwelle liegt die SPD vorn.\n\nDie Grünen kommen auf 11 Prozent. Die FDP liegt bei 4,5 Prozent.",
      expected: ["11 Prozent: Senders Westwelle", "4,5 Prozent: Senders Westwelle"],
    },
    // A list may run on for a few sentences, across a paragraph.
    {
      text: "Nach einer Prognose des Senders Westwelle liegt die SPD vorn. Die CDU kommt auf 27 Prozent. Die AfD erreicht 16 Prozent.\n\nDie Grünen liegen bei 11 Prozent. Die FDP muss mit 4,5 Prozent bangen.",
      expected: ["27 Prozent: Senders Westwelle", "16 Prozent: Senders Westwelle", "11 Prozent: Senders Westwelle", "4,5 Prozent: Senders Westwelle"],
    },
    // An official result states the shares: what follows is the outlet's own account.
    {
      text: "Nach dem vorläufigen Endergebnis des Landeswahlleiters kommt die CDU auf 31 Prozent. Die Linke erreicht 8 Prozent.",
      expected: ["31 Prozent: Landeswahlleiters", "8 Prozent: -"],
    },
    // A sentence without a share ends the list.
    {
      text: "Laut einer Hochrechnung des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Stimmung im Saal war gedrückt. Die Linke erreicht 8 Prozent.",
      expected: ["31 Prozent: Instituts Zahlwerk", "8 Prozent: -"],
    },
  ])("$text", ({ text, expected }) => {
    expect(sources(text, "de")).toEqual(expected);
  });
});

describe("English: shares after a poll with its source are the poll's", () => {
  test.each([
    {
      text: "According to a projection by Civica, the SPD won 29%.\n\nThe Greens were at 14%, the FDP at 5%. Turnout was 61%.",
      // Turnout is counted, not estimated by the projection's share list.
      expected: ["29%: Civica", "14%: Civica", "5%: Civica", "61%: -"],
    },
    {
      text: "The SPD won 27% of the vote, according to the preliminary result published by the electoral office. The Greens took 14%.",
      expected: ["27% of the vote: electoral office", "14%: -"],
    },
  ])("$text", ({ text, expected }) => {
    expect(sources(text, "en")).toEqual(expected);
  });
});

describe("A share carried from a projection is a projection's share, in both languages", () => {
  const stages = (text: string, language: "de" | "en") =>
    extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${c.quote}: ${c.qualifiers.includes("projection") ? "projection" : "-"}`);
  test.each([
    { language: "de" as const, text: "Laut einer Hochrechnung des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Linke erreicht 8 Prozent.", expected: ["31 Prozent: projection", "8 Prozent: projection"] },
    { language: "en" as const, text: "According to a projection by Civica, the SPD won 29%. The Greens were at 14%.", expected: ["29%: projection", "14%: projection"] },
    // A poll before the vote is no projection of its result.
    { language: "de" as const, text: "Laut einer Umfrage des Instituts Zahlwerk kommt die CDU auf 31 Prozent. Die Linke erreicht 8 Prozent.", expected: ["31 Prozent: -", "8 Prozent: -"] },
  ])("$text", ({ text, language, expected }) => {
    expect(stages(text, language)).toEqual(expected);
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
