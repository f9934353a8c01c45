import { expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A part of a total counts what the total counts, and the total is a claim of its own.
test.each([
  { label: "a part with a possessive owner before its total", language: "en", text: "The rebels hold 12 of the region's 40 districts.", expected: ["en:district [12, 12]", "en:district [40, 40]"] },
  { label: "'N von M'", language: "de", text: "Die Koalition gewann 9 von 14 Wahlkreisen.", expected: ["en:constitu [9, 9]", "en:constitu [14, 14]"] },
  { label: "'N of M' without an article", language: "en", text: "The alliance won 91 of 230 seats.", expected: ["seats [91, 91]", "seats/total [230, 230]"] },
  { label: "what the part did is not said of the hedged total", language: "de", text: "3.100 der knapp 5.000 Beschäftigten legten die Arbeit nieder.", expected: ["strikers [3100, 3100]", "workers [4500, 5000)"] },
  { label: "a possessive after the figure opens the verb's object", language: "de", text: "Am Sonntag gaben 12.400 ihre Stimme ab.", expected: ["turnout [12400, 12400], as of 2025-05-18"] },
  { label: "those called to vote are the electorate", language: "de", text: "Rund 2,3 Millionen Menschen sind zur Wahl aufgerufen.", expected: ["voters [2070000, 2530000]"] },
  { label: "…in English", language: "en", text: "Some 4.1 million people were called to vote.", expected: ["voters [3690000, 4510000]"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});

// A figure set against the one it replaces shares the noun written after the second; both are counts,
// the replaced one an earlier level (no rival of its replacement).
test.each([
  { label: "'N statt M' + noun", language: "de", text: "Die Liberalen erhalten elf statt zehn Sitze.", expected: ["seats/holder:liberalen [11, 11], of Liberalen", "seats/holder:liberalen+previous [10, 10], of Liberalen"] },
  { label: "'N instead of M' + noun", language: "en", text: "The Liberals get 11 instead of 10 seats.", expected: ["seats/holder:liberals [11, 11], of Liberals", "seats/previous [10, 10]"] },
  { label: "'N rather than M' + noun", language: "en", text: "The march drew 3,000 rather than 5,000 protesters.", expected: ["protesters [3000, 3000]", "protesters/previous [5000, 5000]"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});

// States news gives for counts of people: taken to hospital is hurt, out of their homes displaced.
test.each([
  { label: "taken to hospitals", language: "de", text: "Nach dem Brand wurden 14 Menschen in Krankenhäuser gebracht.", expected: ["injured [14, 14]"] },
  { label: "…in English", language: "en", text: "Some 40 people were taken to hospital with burns.", expected: ["injured [36, 44]"] },
  { label: "hospitalised", language: "en", text: "Nine people were hospitalised after the blast.", expected: ["injured [9, 9]"] },
  { label: "out of their homes", language: "en", text: "About 2,000 people remain out of their homes.", expected: ["displaced [1800, 2200]"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});

// "one" or an article closed by a comparative is a change of one; before a noun or adjective it is
// only an article ("a more generous offer").
test.each([
  { label: "'one fewer than'", language: "en", text: "The Greens will hold 12 seats, one fewer than first announced.", expected: ["seats/holder:greens [12, 12], of Greens", "seats/holder:greens+change [-1, -1], of Greens"] },
  { label: "'einen weniger als'", language: "de", text: "Die Grünen haben 12 Sitze, einen weniger als zuvor.", expected: ["seats [12, 12]", "seats/change [-1, -1]"] },
  { label: "an article before a comparative adjective is no figure", language: "en", text: "It was a less crowded march.", expected: [] },
  { label: "…nor in 'ein mehr als deutliches'", language: "de", text: "Die Partei erzielte ein mehr als deutliches Ergebnis.", expected: [] },
  { label: "…nor in 'a more than comfortable'", language: "en", text: "The party won a more than comfortable majority.", expected: [] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});
