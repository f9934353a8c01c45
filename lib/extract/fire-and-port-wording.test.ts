import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Wording of wildfires and port strikes that the older rules misread: each case is a sentence of
// our own, in German and English, written for the rule it tests.
const PUBLISHED = "2025-08-07"; // a Thursday

function summary(c: ClaimCandidate): string {
  if (c.valueKind === "date") return `${c.subject} ${formatClaimValue(c.value)}`;
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}`;
}
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);

describe("ships and vessels are one count across languages", () => {
  test.each([
    { language: "de", text: "Vor der Küste warteten mindestens 37 Schiffe.", expected: ["ships [37, ∞)"] },
    { language: "de", text: "Im Hafen lagen 19 Containerschiffe.", expected: ["ships [19, 19]"] },
    { language: "en", text: "At least 37 ships were waiting off the coast.", expected: ["ships [37, ∞)"] },
    { language: "en", text: "Some 19 vessels were diverted.", expected: ["ships [17.1, 20.9]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // "liegen fest" is also how arrests end ("nahm zwölf Personen fest"); ships are never arrested.
  test("ships held in port are no arrests", () => {
    expect(claims("Am Kai liegen sieben Schiffe fest.", "de")).toEqual(["ships [7, 7]"]);
  });
});

describe("a trade's members are not people at large", () => {
  test.each([
    { language: "de", text: "Mehr als 300 Feuerwehrleute kämpfen gegen die Flammen.", expected: ["en:firefight (300, ∞)"] },
    { language: "de", text: "An Bord waren 24 Seeleute.", expected: ["en:sailor [24, 24]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("Leute on its own are still people", () => {
    expect(claims("Rund 500 Leute kamen zur Versammlung.", "de")[0]).toMatch(/^(people|protesters)/);
  });
});

describe("places are counted as places, not as what befell their people", () => {
  test.each([
    { language: "de", text: "Rund 900 Menschen aus sechs Dörfern mussten ihre Häuser verlassen.", expected: ["displaced [810, 990]", "en:villag [6, 6]"] },
    { language: "en", text: "More than 1,200 people were evacuated from 14 villages.", expected: ["displaced (1200, ∞)", "en:villag [14, 14]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("'of them' after a count of places counts the people before it", () => {
    expect(claims("More than 1,200 people were evacuated from 14 villages, 700 of them in the port town alone.", "en")).toEqual(["displaced (1200, ∞)", "en:villag [14, 14]", "displaced [700, 700]"]);
    // Whatever the count before the villages is read as, "von ihnen" takes it, not the villages.
    const de = claims("Mehr als 1.200 Menschen aus 14 Dörfern mussten ihre Häuser verlassen, 700 von ihnen allein in der Hafenstadt.", "de");
    expect(de[2]).toBe(`${de[0]!.split(" ")[0]} [700, 700]`);
    expect(de[2]).not.toMatch(/dorf/);
  });
});

describe("people treated for injuries and forced from their homes", () => {
  test.each([
    { language: "en", text: "Twenty-two people were treated for burns.", expected: ["injured [22, 22]"] },
    { language: "de", text: "22 Menschen mussten im Krankenhaus behandelt werden.", expected: ["injured [22, 22]"] },
    { language: "en", text: "The flood forced 3,000 from their homes.", expected: ["displaced [3000, 3000]"] },
    { language: "de", text: "3.000 Menschen mussten ihre Häuser verlassen.", expected: ["displaced [3000, 3000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a fire or a strike that broke out began then", () => {
  test.each([
    { language: "de", text: "Der Brand war am Montag ausgebrochen.", expected: ["begin 2025-08-04..2025-08-04 day"] },
    { language: "en", text: "The fire broke out on Monday.", expected: ["begin 2025-08-04..2025-08-04 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("an area is of what covered it, else an area (German and English alike)", () => {
  test.each([
    { language: "de", text: "Das Feuer hat nach Angaben der Behörden bereits 4.500 Hektar erfasst.", expected: ["en:fire [4500, 4500] ha"] },
    { language: "en", text: "The blaze has scorched 4,500 hectares (about 11,000 acres).", expected: ["en:fire [4500, 4500] ha", "en:fire [9900, 12100] acre"] },
    { language: "de", text: "Seit Jahresbeginn sind landesweit 21.000 Hektar verbrannt.", expected: ["en:area [21000, 21000] ha"] },
    { language: "en", text: "So far this year 21,000 hectares have burned.", expected: ["en:area [21000, 21000] ha"] },
    // A noun after a preposition says where the fires burned, not what: the area of either language is one subject.
    { language: "en", text: "Fires in the north have burned about 9,000 hectares.", expected: ["en:area [8100, 9900] ha"] },
    // "beziffern … auf": the object named, with an adjective before it or an adverb after it.
    { language: "de", text: "Der Satellitendienst bezifferte die verbrannte Fläche dagegen auf 6.000 Hektar.", expected: ["en:area [6000, 6000] ha"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${summary(c)}${c.value.kind === "quantity" && c.value.unit ? ` ${c.value.unit}` : ""}`)).toEqual(expected);
  });

  test("a length or a weight is still no claim without its noun", () => {
    expect(claims("Das Feuer hat 12 Kilometer zurückgelegt.", "de").some((c) => c.includes("area"))).toBe(false);
  });
});

describe("pay demands and offers are changes of what they name", () => {
  const withUnit = (text: string, language: "de" | "en") =>
    extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${summary(c)}${c.value.kind === "quantity" && c.value.unit ? ` ${c.value.unit}` : ""}${c.attribution ? `, by ${c.attribution}` : ""}`);
  test.each([
    { language: "de", text: "Die Gewerkschaft will 6 Prozent mehr Gehalt.", expected: ["de:gehalt/change [6, 6] %"] },
    { language: "de", text: "Geboten wurden 150 Euro mehr Lohn.", expected: ["de:lohn/change [150, 150] EUR"] },
    { language: "en", text: "Nurses get 6% more pay.", expected: ["en:pay/change [6, 6] %"] },
    { language: "en", text: "The union is seeking a 6% pay rise.", expected: ["en:rise/change+demand [6, 6] %"] },
    { language: "en", text: "The council plans a 4% cut.", expected: ["en:cut/change [-4, -4] %"] },
    // Who offers or demands a figure gives it; a demand and an offer are two proposals, never rivals.
    { language: "en", text: "Employers offered a 2.5% pay rise.", expected: ["en:rise/change+offer [2.5, 2.5] %, by employers"] },
    { language: "en", text: "The union demands a 6% pay rise.", expected: ["en:rise/change+demand [6, 6] %, by union"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(withUnit(text, language)).toEqual(expected);
  });

  test("a percentage before a comparative adjective names nothing new", () => {
    expect(claims("Turnout was 3% higher than in 2019.", "en")).toEqual(["turnout [3, 3]"]);
  });
});

test("an adverb before 'auf' is read past only after a verb that puts a figure at something", () => {
  expect(claims("Rechnerisch kämen Huber und Maier zusammen auf mehr als 50 Prozent.", "de").some((c) => c.includes("maier"))).toBe(false);
});
