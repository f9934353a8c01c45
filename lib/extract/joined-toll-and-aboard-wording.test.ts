import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Wording of shipwrecks and of arrests at protests that the older rules misread: each case is a
// sentence of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-04"; // a Wednesday

function summary(c: ClaimCandidate): string {
  if (c.valueKind === "date") return `${c.subject} ${formatClaimValue(c.value)}`;
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}`;
}
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);

describe("dead and missing named together are one count", () => {
  test.each([
    { language: "de", text: "Die Zahl der Toten und Vermissten stieg bis Dienstag auf 61.", expected: ["dead+missing [61, 61]"] },
    { language: "en", text: "Rescuers said this brought the number of dead and missing to 61.", expected: ["dead+missing [61, 61]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("the missing alone stay the missing", () => {
    expect(claims("Die Zahl der Vermissten stieg auf 17.", "de")).toEqual(["missing [17, 17]"]);
  });
});

describe("people aboard are counted as people", () => {
  test.each([
    { language: "en", text: "Relatives' accounts suggested up to 140 people had been on board.", expected: ["people [0, 140]"] },
    { language: "de", text: "Nach Aussagen von Überlebenden waren bis zu 140 Menschen an Bord.", expected: ["people [0, 140]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("those pulled out alive are rescued", () => {
  test.each([
    { language: "de", text: "Neun Menschen ertranken, 40 wurden bis zum Abend lebend aus dem Wasser gezogen.", expected: ["dead [9, 9]", "rescued [40, 40]"] },
    { language: "en", text: "By nightfall 12 passengers had been found alive.", expected: ["rescued/en:passeng [12, 12]"] },
    { language: "en", text: "Nine people drowned and 40 were pulled out alive.", expected: ["dead [9, 9]", "rescued [40, 40]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("arrests are one count whoever was arrested", () => {
  test.each([
    { language: "en", text: "The union said 14 of its members had been detained.", expected: ["arrests [14, 14]"] },
    { language: "en", text: "Police said nine cyclists had been arrested.", expected: ["arrests [9, 9]"] },
    { language: "de", text: "Die Polizei nahm neun Radfahrer fest.", expected: ["arrests [9, 9]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // Other states still keep the group: the injured police are not the injured protesters.
  test("injured officers stay officers", () => {
    expect(claims("Four officers were injured.", "en")).toEqual(["injured/police [4, 4]"]);
  });
});

describe("a rival's figure for a counted crowd counts the crowd", () => {
  test("German: nannte bis zu … Fahrer after the crowd was counted", () => {
    expect(claims("Die Polizei sprach von 800 Teilnehmern; der Verband nannte bis zu 2.000 Fahrer.", "de")).toEqual(["protesters [800, 800]", "protesters [0, 2000]"]);
  });

  test("without a crowd counted before, a named figure of drivers stays drivers", () => {
    expect(claims("Der Verband nannte 2.000 Fahrer.", "de")).toEqual(["en:driver [2000, 2000]"]);
  });
});

describe("a capsizing and a blockade are dated events", () => {
  test.each([
    { language: "en", text: "The ferry capsized late on Sunday.", expected: ["capsize 2026-03-01..2026-03-01 day"] },
    { language: "de", text: "Die Fähre war am Sonntag gekentert.", expected: ["capsize 2026-03-01..2026-03-01 day"] },
    { language: "en", text: "Monday's blockade cost hauliers dearly.", expected: ["protest 2026-03-02..2026-03-02 day"] },
    { language: "de", text: "Die Blockade am Montag legte den Verkehr lahm.", expected: ["protest 2026-03-02..2026-03-02 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // Prices sink and courts overturn rulings: neither dates a shipwreck.
  test("sank is no capsizing", () => {
    expect(claims("The ferry company's shares sank on Monday.", "en")).toEqual([]);
  });
});
