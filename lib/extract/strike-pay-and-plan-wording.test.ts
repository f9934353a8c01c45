import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Wording of strikes, pay rounds and plans that the older rules misread: each case is a sentence
// of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2025-08-07"; // a Thursday

function summary(c: ClaimCandidate): string {
  if (c.valueKind === "date") return `${c.subject} ${formatClaimValue(c.value)}`;
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}`;
}
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);

describe("workers who take part in the strike the article names are strikers", () => {
  test.each([
    { language: "en", text: "Dockers end walkout\n\nThe union said 5,300 workers took part, while the port operator counted 3,900.", expected: ["strikers [5300, 5300]", "strikers [3900, 3900]"] },
    { language: "de", text: "Warnstreik im Nahverkehr\n\nNach Gewerkschaftsangaben beteiligten sich 2.400 Beschäftigte.", expected: ["strikers [2400, 2400]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // Who turned out is counted without their group, so "7,000 workers" and "6.500 Teilnehmer" answer one question.
  test("workers at a march the article names are still its crowd", () => {
    expect(claims("Nurses march through the capital\n\nSome 7,000 workers took part in the march.", "en")).toEqual(["protesters [6300, 7700]"]);
  });
});

describe("a count with 'more' between figure and noun is an addition", () => {
  test.each([
    { language: "en", text: "Rescuers pulled four more bodies from the river.", expected: ["dead/additional [4, 4]"] },
    { language: "de", text: "Die Feuerwehr barg vier weitere Leichen.", expected: ["dead/additional [4, 4]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("'more than' before a figure stays a hedge", () => {
    expect(claims("More than 40 bodies were recovered.", "en")).toEqual(["dead (40, ∞)"]);
  });
});

describe("a percentage offered or demanded in a sentence about pay is a pay rise", () => {
  test.each([
    { language: "en", text: "The airline raised its pay offer to 4.5%.", expected: ["en:rise/change+offer [4.5, 4.5]"] },
    { language: "en", text: "In the pay talks, the pilots' union, which is demanding 9%, walked out.", expected: ["en:rise/change+demand [9, 9]"] },
    { language: "en", text: "Crews began a strike after the company refused to improve its offer of 2%.", expected: ["en:rise/change+offer [2, 2]"] },
    // German names the pay in the figure's phrase ("mehr Lohn"), which the older rules read.
    { language: "de", text: "Verdi fordert 8 Prozent mehr Lohn.", expected: ["de:lohn/change+demand [8, 8]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a sum in a clause of its own after the offer is not what was offered", () => {
    expect(claims("The company raised its pay offer to 5%, after a stoppage that it said cost it €40m.", "en")).toEqual(["en:rise/change+offer [5, 5]", "cost [40000000, 40000000]"]);
  });

  test("a party demanding something in a vote is no pay round", () => {
    expect(claims("The party, which won 31%, is demanding a recount.", "en").some((c) => c.startsWith("en:rise"))).toBe(false);
  });
});

describe("a weekday beside a plan or the future lies ahead", () => {
  test.each([
    { language: "en", text: "Farmers plan to protest in the capital on Saturday.", expected: ["protest 2025-08-09..2025-08-09 day"] },
    { language: "en", text: "Bus drivers will strike on Monday.", expected: ["strike 2025-08-11..2025-08-11 day"] },
    { language: "de", text: "Der Streik soll am Montag fortgesetzt werden.", expected: ["strike 2025-08-11..2025-08-11 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test.each([
    { language: "en", text: "Bus drivers went on strike on Monday.", expected: ["strike 2025-08-04..2025-08-04 day"] },
    { language: "de", text: "Am Montag streikten die Busfahrer.", expected: ["strike 2025-08-04..2025-08-04 day"] },
  ] as const)("a report of the act keeps the day gone — $language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
