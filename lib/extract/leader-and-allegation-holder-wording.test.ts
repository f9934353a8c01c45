import { describe, expect, test } from "vitest";
import { extractClaims } from ".";
import { claimLines } from "./test-fixtures";

// Who holds a vote or seat figure when the sentence names other people or places near it: a party's
// leader after "led by", a party that alleged a figure, a place opening a headline, an adjective
// between a preposition and its noun. Sentences of our own.
const holders = (text: string, language: "de" | "en") => claimLines(text, language).map((line) => line.slice(0, line.indexOf(" [")));

describe("the group a leader leads holds the figure, not the leader", () => {
  test.each([
    { language: "en", text: "The Liberals led by Mara Quint won 12 seats.", expected: ["seats/holder:liberals"] },
    { language: "en", text: "The socialists headed by Pavel Rusu took 31.2%.", expected: ["votes/holder:socialists"] },
    { language: "de", text: "Die Piraten, angeführt von Jonas Brehm, gewannen vier Sitze.", expected: ["seats/holder:piraten"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("who alleged a figure does not hold it", () => {
  test.each([
    { language: "en", text: "The Civic Union, which had alleged that at least 900 postal votes were lost, lodged a complaint.", expected: ["votes/en:postal"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("a noun after a preposition and an adjective is where, not who", () => {
  test.each([
    { language: "de", text: "Die Grünen stellen im neuen Stadtrat elf Abgeordnete.", expected: ["seats/holder:grünen"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(holders(text, language)).toEqual(expected);
  });
});

describe("a list of seats after party acronyms ends its sentence at its last figure", () => {
  test("de: the next sentence's stage and day are not the list's", () => {
    const text = "Die CDU stellt 30 Abgeordnete, die SPD 27. Landeswahlleiterin Ute Brandt kündigte das amtliche Endergebnis für Freitag an.";
    const seats = extractClaims(text, { language: "de", publishedAt: "2031-03-17" }).filter((c) => c.subject === "seats");
    expect(seats.map((c) => [c.holder, c.figureStatus ?? null, c.scope.asOf?.from])).toEqual([
      ["CDU", null, "2031-03-17"],
      ["SPD", null, "2031-03-17"],
    ]);
  });
});
