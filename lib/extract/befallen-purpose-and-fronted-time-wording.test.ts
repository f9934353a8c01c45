import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// What befalls people named by their act, what something comes "with", days dating an infinitive of
// purpose and days fronted before a source: sentences of our own, in German and English.
const PUBLISHED = "2025-08-07"; // a Thursday

function summary(c: ClaimCandidate): string {
  if (c.valueKind === "date") return `${c.subject} ${formatClaimValue(c.value)}`;
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}`;
}
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);
const sources = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => c.attribution ?? "-");

describe("what befell protesters or strikers is the count, as for any group", () => {
  test.each([
    { language: "en", text: "Police arrested 23 protesters.", expected: ["arrests/protesters [23, 23]"] },
    { language: "de", text: "Die Polizei nahm 23 Demonstranten fest.", expected: ["arrests/protesters [23, 23]"] },
    { language: "de", text: "Die Polizei hat 23 Demonstranten festgenommen.", expected: ["arrests/protesters [23, 23]"] },
    { language: "en", text: "Twelve protesters were injured in the clashes.", expected: ["injured/protesters [12, 12]"] },
    { language: "de", text: "Bei den Zusammenstößen wurden zwölf Demonstranten verletzt.", expected: ["injured/protesters [12, 12]"] },
    { language: "de", text: "Rund 300 Streikende wurden festgenommen.", expected: ["arrests/strikers [270, 330]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // What they did is still their count; so is a figure a source keeps to ("hält … fest" is no arrest).
  test.each([
    { language: "de", text: "Die Gewerkschaft hielt an 6.000 Streikenden fest.", expected: ["strikers [6000, 6000]"] },
    { language: "en", text: "The union stood by 6,000 strikers.", expected: ["strikers [6000, 6000]"] },
    { language: "en", text: "5,000 protesters marched through the city.", expected: ["protesters [5000, 5000]"] },
    { language: "de", text: "5.000 Demonstranten zogen durch die Stadt.", expected: ["protesters [5000, 5000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a state verb with a figure after it is said of that figure", () => {
  test.each([
    {
      language: "en",
      text: "Police fired tear gas at about 300 masked protesters near the square and detained 31 people.",
      expected: ["protesters/en:mask [270, 330]", "arrests [31, 31]"],
    },
    {
      language: "de",
      text: "Die Polizei setzte Tränengas gegen rund 300 Demonstranten ein und nahm 31 Menschen fest.",
      expected: ["protesters [270, 330]", "arrests [31, 31]"],
    },
    { language: "en", text: "Police fired tear gas at 300 protesters and detained at least 31 people.", expected: ["protesters [300, 300]", "arrests [31, ∞)"] },
    // A figure after a joiner or a place is no object of the verb.
    { language: "en", text: "Police said three people had been killed and 11 were missing.", expected: ["dead [3, 3]", "missing [11, 11]"] },
    { language: "en", text: "More than 40 people remain unaccounted for and over 100 have been injured.", expected: ["missing (40, ∞)", "injured (100, ∞)"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("what something comes with names the amount after it", () => {
  test.each([
    { language: "de", text: "Der Sturm traf mit Spitzenböen von bis zu 240 Kilometern pro Stunde auf die Küste.", expected: ["de:spitzenbo [0, 240]"] },
    { language: "en", text: "The storm hit the coast with gusts of up to 240 kilometres per hour.", expected: ["en:gust [0, 240]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // "von … auf die Küste" is no change: a change's new level is a figure.
  test("auf before a place is no new level", () => {
    expect(claims("Die Kosten steigen von 40 Millionen auf 42 Millionen Euro.", "de")).toEqual(["cost/previous [40000000, 40000000]", "cost [42000000, 42000000]"]);
  });
});

describe("a day between the event noun and the sentence's figure dates the event", () => {
  test("the typhoon's day comes before its gusts", () => {
    expect(claims("Der Taifun ist am Donnerstag mit Böen von bis zu 240 Kilometern pro Stunde auf die Küste getroffen.", "de")).toEqual([
      "struck 2025-08-07..2025-08-07 day",
      "en:gust [0, 240]",
    ]);
  });

  // The noun in a phrase of cause: the day dates the toll.
  test.each([
    { language: "en", text: "The toll from the floods rose on Monday to 14.", expected: ["dead [14, 14]"] },
    { language: "de", text: "Die Zahl der Toten nach dem Hochwasser stieg am Montag auf 14.", expected: ["dead [14, 14]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("an infinitive of purpose is dated by its sentence's day", () => {
  test.each([
    { language: "en", text: "Farmers drove into the capital on Wednesday to protest against the new rules.", expected: ["protest 2025-08-06..2025-08-06 day"] },
    { language: "de", text: "Die Landwirte fuhren am Mittwoch in die Hauptstadt, um gegen die neuen Regeln zu protestieren.", expected: ["protest 2025-08-06..2025-08-06 day"] },
    { language: "en", text: "Dockers stayed home on Tuesday to strike for better pay.", expected: ["strike 2025-08-05..2025-08-05 day"] },
    { language: "de", text: "Die Hafenarbeiter blieben am Dienstag zu Hause, um für mehr Lohn zu streiken.", expected: ["strike 2025-08-05..2025-08-05 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // A plan is no purpose: its day lies ahead, or it dates nothing.
  test.each([
    { language: "en", text: "Farmers plan to demonstrate on Saturday." },
    { language: "de", text: "Die Bauern planen, am Samstag zu demonstrieren." },
    // A month after "to" is no infinitive.
    { language: "en", text: "The plan runs from April to March next year." },
    { language: "de", text: "Der Plan läuft von April bis März des nächsten Jahres." },
  ] as const)("$language: $text", ({ text, language }) => {
    expect(claims(text, language)).toEqual([]);
  });
});

describe("a fronted time adverbial is no part of the source", () => {
  test.each([
    { language: "en", text: "On Saturday police counted 5,000 protesters in the city.", expected: ["police"] },
    { language: "en", text: "Saturday police said 5,000 people took part.", expected: ["police"] },
    { language: "en", text: "In March the interior ministry counted 45 dead.", expected: ["interior ministry"] },
    { language: "de", text: "Am Samstag zählte die Polizei 5.000 Demonstranten.", expected: ["police"] },
    // A month's name after a title is a given name.
    { language: "en", text: "On Tuesday Interior Minister Jan Novak said 45 people had died.", expected: ["Jan Novak"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(sources(text, language)).toEqual(expected);
  });
});
