import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of results boxes: one line per party, a label, a colon and its figures, and sometimes a
// footer naming the source. Our own sentences, German and English, published on Monday 2025-05-19
// (test-fixtures.ts). A row's label is what its figures are of; the footer gives them all (named as
// the claimant names are: a title dropped, a known German body in English). An English row's label
// also holds its seats as a party's name does (German needs a short form or a verb of winning).
describe("a row of a results box names what its figures are of, its footer who gives them", () => {
  test.each([
    {
      language: "en",
      text: "The count at a glance\n\nLabour Movement: 17 seats\nCountry Party: 12 seats\nSource: State Returning Office, all districts counted.",
      expected: ["seats/holder:labour movement [17, 17], by Returning Office, of Labour Movement", "seats/holder:country party [12, 12], by Returning Office, of Country Party"],
    },
    {
      language: "en",
      text: "The count at a glance\n\nLabour Movement: 17 seats\nCountry Party: 12 seats",
      expected: ["seats/holder:labour movement [17, 17], of Labour Movement", "seats/holder:country party [12, 12], of Country Party"],
    },
    {
      language: "de",
      text: "Das Ergebnis\n\nFreie Liste: 9 Sitze\nBürgerblock Mitte: 7 Sitze\nQuelle: Landeswahlleitung, vorläufiges Ergebnis",
      expected: ["seats [9, 9], by returning officer", "seats [7, 7], by returning officer"],
    },
    {
      language: "de",
      text: "Das Ergebnis\n\nFreie Liste: 9 Sitze\nBürgerblock Mitte: 7 Sitze",
      expected: ["seats [9, 9]", "seats [7, 7]"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// Rows that each name a known source set two sources' counts against each other: each row speaks
// for itself, as a headline "Polizei: 20.000" does.
describe("rows that name known sources keep them", () => {
  test.each([
    { language: "de", text: "Wie viele waren es?\n\nPolizei: 14.000 Teilnehmer\nVeranstalter: 41.000 Teilnehmer", expected: ["protesters [14000, 14000], by police", "protesters [41000, 41000], by organisers"] },
    { language: "en", text: "How many marched?\n\nPolice: 14,000 marchers\nOrganisers: 41,000 marchers", expected: ["protesters [14000, 14000], by police", "protesters [41000, 41000], by organisers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// A row may set a share, the seats and their changes side by side; the label holds every figure of
// its line, not only the first after the colon, and never one on the next line.
describe("every figure along a row of a results box is its label's", () => {
  test.each([
    {
      language: "en",
      text: "The count at a glance\n\nLabour Movement: 31.2% (+1.4), 17 seats (+2)\nCountry Party: 24.0% (-3.1), 12 seats (-3)",
      expected: [
        "votes/holder:labour movement [31.2, 31.2] %, of Labour Movement",
        "votes/holder:labour movement+change [1.4, 1.4] pp, of Labour Movement",
        "seats/holder:labour movement [17, 17], of Labour Movement",
        "seats/holder:labour movement+change [2, 2], of Labour Movement",
        "votes/holder:country party [24, 24] %, of Country Party",
        "votes/holder:country party+change [-3.1, -3.1] pp, of Country Party",
        "seats/holder:country party [12, 12], of Country Party",
        "seats/holder:country party+change [-3, -3], of Country Party",
      ],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
