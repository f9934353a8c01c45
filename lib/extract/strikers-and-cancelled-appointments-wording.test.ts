import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Wording of strikers named by their trade, of staying away from work and of cancelled
// appointments: each case is a sentence of our own, in German and English, written for its rule.
const PUBLISHED = "2027-03-11"; // a Thursday

function summary(c: ClaimCandidate): string {
  if (c.valueKind === "date") return `${c.subject} ${formatClaimValue(c.value)}`;
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}`;
}
const quantities = (text: string, language: "de" | "en") =>
  extractClaims(text, { language, publishedAt: PUBLISHED }).filter((c) => c.valueKind === "quantity").map(summary);

describe("any trade that joins the strike is its strikers, not a crowd", () => {
  test.each([
    { language: "en", text: "Teachers begin a two-day walkout.\n\nAt the largest school, 85 teachers joined the picket, the union said.", expected: ["strikers [85, 85]"] },
    { language: "en", text: "Pilots at the airline joined the strike. By noon 240 pilots had joined, the company said.", expected: ["strikers [240, 240]"] },
    { language: "de", text: "Nach Angaben des Verbands beteiligten sich bundesweit rund 900 Lokführer am zweitägigen Ausstand.", expected: ["strikers [810, 990]"] },
    { language: "de", text: "Warnstreik an den Unikliniken\n\nAm Morgen beteiligten sich 300 Pflegekräfte an den Streikposten vor dem Klinikum.", expected: ["strikers [300, 300]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });

  test.each([
    // Marching is not taking part in a strike, whatever the article is about.
    { language: "en", text: "The strike entered its second day. Some 2,000 nurses marched to the ministry.", expected: ["protesters [1800, 2200]"] },
    { language: "de", text: "Der Streik ging in den zweiten Tag. Rund 2.000 Pflegekräfte demonstrierten vor dem Ministerium.", expected: ["protesters [1800, 2200]"] },
    // A rally joined during a strike is a rally.
    { language: "en", text: "The strike entered its second day. About 1,500 nurses joined a rally outside the ministry.", expected: ["protesters [1350, 1650]"] },
    { language: "de", text: "Der Streik ging weiter. Rund 1.500 Pflegekräfte beteiligten sich an einer Kundgebung vor dem Ministerium.", expected: ["protesters [1350, 1650]"] },
  ] as const)("stays a crowd — $language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });
});

describe("walking out, staying away and being on strike", () => {
  test.each([
    { language: "en", text: "Hundreds of bus drivers walk out over rosters", expected: ["strikers/en:bus [200, 999]"] },
    { language: "en", text: "The union said 1,200 of its members had stayed away from work.", expected: ["strikers [1200, 1200]"] },
    { language: "en", text: "The airport said about 150 controllers had stayed out on Thursday.", expected: ["strikers [135, 165]"] },
    { language: "de", text: "Hunderte Busfahrer im Streik", expected: ["strikers [200, 999]"] },
    { language: "de", text: "Laut Gewerkschaft blieben 1.200 Mitglieder der Arbeit fern.", expected: ["strikers [1200, 1200]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });

  test("a strike's length in a hyphenated adjective is no count of strikers", () => {
    expect(quantities("Die Fahrer haben einen 24-stündigen Streik angekündigt.", "de")).toEqual([]);
  });
});

describe("a hyphenated source between a fronted verb and its count", () => {
  test.each([
    { language: "de", text: "Am Mittwoch streikten nach Verdi-Angaben 4.100 Beschäftigte.", expected: ["strikers [4100, 4100]"] },
    { language: "de", text: "Am Mittwoch starben nach UN-Angaben 14 Menschen.", expected: ["dead [14, 14]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });
});

describe("cancelled appointments are one family in both languages", () => {
  test.each([
    { language: "en", text: "Some 12,000 appointments were cancelled on the first day.", expected: ["appointment [10800, 13200]"] },
    { language: "de", text: "Am ersten Tag fielen rund 12.000 Termine aus.", expected: ["appointment [10800, 13200]"] },
    { language: "de", text: "Die Kassenärzte sprechen von 9.000 abgesagten Terminen.", expected: ["appointment/de:abgesagt [9000, 9000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });
});

describe("participation in a strike is its strikers", () => {
  test.each([
    { language: "en", text: "The walkout went into its third day. The union said participation had held at about 2,000.", expected: ["strikers [1800, 2200]"] },
    // German "die Beteiligung lag bei rund 2.000" is not read as a count at all yet; its verbs are.
    { language: "de", text: "Der Warnstreik ging in den dritten Tag. Nach Gewerkschaftsangaben beteiligten sich rund 2.000 Beschäftigte.", expected: ["strikers [1800, 2200]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });

  test("participation in a march stays the crowd's", () => {
    expect(quantities("Police said participation in the march was about 5,000.", "en")).toEqual(["protesters [4500, 5500]"]);
  });
});

describe("a number hyphened to a unit of time is a duration, not a count", () => {
  test.each([
    { language: "en", text: "Nurses begin a five-day strike. On the first day of the five-day strike, 700 nurses walked out.", expected: ["strikers [700, 700]"] },
    { language: "en", text: "Dockers began a 72-hour stoppage on Monday; 1,100 dockers walked out.", expected: ["strikers [1100, 1100]"] },
    { language: "de", text: "Die Lokführer begannen einen 72-stündigen Streik; 1.100 Lokführer legten die Arbeit nieder.", expected: ["strikers [1100, 1100]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });
});

describe("patients counted where they wait are no crowd", () => {
  test.each([
    { language: "en", text: "Thousands marched on Saturday. The nurses' union counted 412 patients on trolleys, 60 of them in one hospital.", expected: ["protesters [2000, 9999]", "en:patient [412, 412]", "en:patient [60, 60]"] },
    { language: "de", text: "Tausende demonstrierten am Samstag. Die Pflegegewerkschaft zählte 412 Patienten auf den Fluren.", expected: ["protesters [2000, 9999]", "en:patient [412, 412]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quantities(text, language)).toEqual(expected);
  });
});
