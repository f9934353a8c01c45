import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Budget wording the older rules missed: money a receiver gets, nouns of money the tables do not
// know, changes written "um X auf Y", sums in Swiss and agency style. Each case is a sentence of our
// own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("money a receiver gets is spent on it, the receiver its qualifier", () => {
  test.each([
    { language: "de", text: "Die Feuerwehr erhält 340 Millionen Euro.", expected: ["spending/de:feuerwehr [340000000, 340000000] EUR"] },
    { language: "de", text: "Im kommenden Jahr bekommen die Hochschulen 1,2 Mrd. Euro.", expected: ["spending/de:hochschul [1200000000, 1200000000] EUR"] },
    { language: "de", text: "Zusätzliche 45 Millionen Euro fließen in die Krankenhäuser.", expected: ["spending/de:krankenhaus+additional [45000000, 45000000] EUR"] },
    { language: "en", text: "Fire services get £310m.", expected: ["spending/en:servic [310000000, 310000000] GBP"] },
    { language: "en", text: "Universities receive an additional €75m next year.", expected: ["spending/en:univers+additional [75000000, 75000000] EUR"] },
    { language: "en", text: "A further €20m goes to rural clinics.", expected: ["spending/en:clinic+additional [20000000, 20000000] EUR"] },
    // Only money: a party that gets votes holds them.
    { language: "de", text: "Die Liste erhält 41.000 Stimmen.", expected: ["votes/holder:liste [41000, 41000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a noun of money the tables do not know, shrinking or growing, is the claim's own lemma", () => {
  test.each([
    { language: "de", text: "Der Notgroschen der Stadt schrumpft auf 40 Millionen Euro.", expected: ["de:notgrosch [40000000, 40000000] EUR"] },
    { language: "de", text: "Die Pensionsrückstellungen wachsen um 300 Millionen Euro.", expected: ["de:pensionsruckstell/change [300000000, 300000000] EUR"] },
    { language: "en", text: "The rainy-day fund shrinks to €40m.", expected: ["en:fund [40000000, 40000000] EUR"] },
    { language: "en", text: "The city's cash reserves are set to shrink to £12m.", expected: ["en:reserv [12000000, 12000000] GBP"] },
    // A known noun owning the one before the verb is what changes.
    { language: "de", text: "Die Schulden des Bezirks wachsen auf 2,4 Milliarden Euro.", expected: ["debt [2400000000, 2400000000] EUR"] },
    { language: "en", text: "The debt of the county will grow to £1.9bn.", expected: ["debt [1900000000, 1900000000] GBP"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a change 'um X auf Y' is a change and a level, the multiplier written once", () => {
  test.each([
    { language: "de", text: "Die Ausgaben für Kultur steigen um 0,3 auf 2,8 Mrd. Euro.", expected: ["spending/area:culture+change [300000000, 300000000] EUR", "spending/area:culture [2800000000, 2800000000] EUR"] },
    { language: "de", text: "Die Zuschüsse sinken um 40 Millionen auf 610 Millionen Euro.", expected: ["de:zuschuss/change [-40000000, -40000000] EUR", "de:zuschuss [610000000, 610000000] EUR"] },
    { language: "de", text: "Um 4 Prozent auf 9,6 Milliarden Euro steigen die Ausgaben.", expected: ["spending/change [4, 4] %", "spending [9600000000, 9600000000] EUR"] },
    { language: "en", text: "Spending on culture grows by 0.3 to 2.8 billion euros.", expected: ["spending/area:culture+change [300000000, 300000000] EUR", "spending/area:culture [2800000000, 2800000000] EUR"] },
    // "von derzeit X auf Y": the earlier level shares the multiplier too.
    { language: "de", text: "Die Rücklage soll von derzeit 310 auf 120 Millionen Euro schrumpfen.", expected: ["de:rucklag/previous [310000000, 310000000] EUR", "de:rucklag [120000000, 120000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("agency and Swiss forms of a sum", () => {
  test.each([
    { language: "de", text: "Die Armee erhält 6,1 Mrd. Fr.", expected: ["spending/de:arme [6100000000, 6100000000] CHF"] },
    { language: "de", text: "Das Defizit steigt auf 480 Mio. Fr.", expected: ["deficit [480000000, 480000000] CHF"] },
    { language: "en", text: "The deficit rises to CHF 1.4bn.", expected: ["deficit [1400000000, 1400000000] CHF"] },
    // A sign before a sum with a multiplier is a rise, not a telephone number.
    { language: "de", text: "Die Zinsausgaben steigen auf 5,2 Mrd. Euro (+0,6 Mrd.).", expected: ["spending/area:interest [5200000000, 5200000000] EUR", "spending/area:interest+change [600000000, 600000000] EUR"] },
    { language: "en", text: "Interest spending rises to €5.2bn (+€0.6bn).", expected: ["spending/area:interest [5200000000, 5200000000] EUR", "spending/area:interest+change [600000000, 600000000] EUR"] },
    { language: "de", text: "Auskunft unter +49 30 1234567.", expected: [] },
    // A sum quoted without its currency takes the one just named, a closing quotation mark ending it.
    { language: "de", text: "Der Rechnungshof nennt 3 Mrd. Euro Sanierungsbedarf, die Gewerkschaft spricht von „mindestens 4 Milliarden“.", expected: ["de:sanierungsbedarf [3000000000, 3000000000] EUR", "de:sanierungsbedarf [4000000000, ∞) EUR"] },
    { language: "en", text: "The auditors put the backlog at £3bn, and the union speaks of \"at least 4 billion\".", expected: ["en:backlog [3000000000, 3000000000] GBP", "en:backlog [4000000000, ∞) GBP"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
