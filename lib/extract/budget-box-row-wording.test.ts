import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A budget's box in running text: one line per item, a label, a colon and its money, often with the
// change since last year in brackets. Boxes of our own, in German and English.
const PUBLISHED = "2030-11-04";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a box line's bracketed change belongs to its amount, whichever way it goes", () => {
  test.each([
    {
      language: "de",
      text: "Der Voranschlag nach Bereichen\n\nBildung: 2,2 Mrd. Fr. (+3,4 %)\nGesundheit: 940 Mio. Fr. (–0,6 %)",
      expected: [
        "spending/area:education [2200000000, 2200000000] CHF",
        "spending/area:education+change [3.4, 3.4] %",
        "spending/area:health [940000000, 940000000] CHF",
        "spending/area:health+change [-0.6, -0.6] %",
      ],
    },
    {
      language: "en",
      text: "The plan by area\n\nEducation: €2.2bn (+3.4%)\nHealth: €940m (-0.6%)",
      expected: [
        "spending/area:education [2200000000, 2200000000] EUR",
        "spending/area:education+change [3.4, 3.4] %",
        "spending/area:health [940000000, 940000000] EUR",
        "spending/area:health+change [-0.6, -0.6] %",
      ],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a box line's label names its money: a known noun by its concept, any other item as spent on", () => {
  test.each([
    {
      language: "de",
      text: "Der Etat in Zahlen\n\nEinnahmen: 7,4 Mrd. Euro\nDefizit: 310 Mio. Euro\nKultur: 120 Mio. Euro",
      expected: ["revenue [7400000000, 7400000000] EUR", "deficit [310000000, 310000000] EUR", "spending/area:culture [120000000, 120000000] EUR"],
    },
    {
      language: "en",
      text: "The budget in figures\n\nRevenue: £7.4bn\nDeficit: £310m\nCulture: £120m",
      expected: ["revenue [7400000000, 7400000000] GBP", "deficit [310000000, 310000000] GBP", "spending/area:culture [120000000, 120000000] GBP"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a lone line of an unknown label is no box, and names nothing spent", () => {
    expect(claims("Kommentar\n\nDie Stadt plant neu. Kultur: 120 Mio. Euro, sagt der Kämmerer.", "de")).not.toContain("spending/area:culture [120000000, 120000000] EUR");
  });
});

describe("a hyphen outside brackets still joins a range, not a fall", () => {
  test("en", () => {
    expect(claims("Health spending rose by 4% over 2027-2029.", "en")).toEqual(["spending/area:health+change [4, 4] %"]);
  });
});
