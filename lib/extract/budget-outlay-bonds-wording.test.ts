import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Budget wording read on unseen budget reports: the accounts' own words for spending and for new
// borrowing. Each case is a sentence of our own, written for the rule it tests.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("'Aufwand' and 'Aufwendungen' with a sum are what the budget spends", () => {
  test.each([
    { language: "de", text: "Der Aufwand des Kantons steigt auf 3,4 Milliarden Franken.", expected: ["spending [3400000000, 3400000000] CHF"] },
    { language: "de", text: "Die Aufwendungen wachsen um 2 Prozent auf 640 Millionen Euro.", expected: ["spending/change [2, 2] %", "spending [640000000, 640000000] EUR"] },
    { language: "de", text: "Die Gemeinde budgetiert einen Gesamtaufwand von 1,2 Mrd. Euro.", expected: ["spending [1200000000, 1200000000] EUR"] },
    // A compound keeps its front as the part spent on: staff, as "Personalkosten" do.
    { language: "de", text: "Der Personalaufwand steigt auf 210 Millionen Franken.", expected: ["spending/area:staff [210000000, 210000000] CHF"] },
    { language: "en", text: "Expenditure rises to CHF 3.4bn.", expected: ["spending [3400000000, 3400000000] CHF"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("new bonds and their issuance are new borrowing, as new loans are", () => {
  test.each([
    { language: "en", text: "The state will issue new bonds worth €9bn.", expected: ["deficit [9000000000, 9000000000] EUR"] },
    { language: "en", text: "Bond issuance falls to ¥27 trillion.", expected: ["deficit [27000000000000, 27000000000000] JPY"] },
    { language: "en", text: "The city issued bonds worth $250m.", expected: ["deficit [250000000, 250000000] USD"] },
    { language: "en", text: "The treasury plans €9bn of new bonds.", expected: ["deficit [9000000000, 9000000000] EUR"] },
    // A phrase may end right before "of"; the verb before an adjective names no part.
    { language: "en", text: "The town will take out new loans of €60m.", expected: ["deficit [60000000, 60000000] EUR"] },
    { language: "de", text: "Der Bund begibt neue Anleihen im Umfang von 9 Milliarden Euro.", expected: ["deficit [9000000000, 9000000000] EUR"] },
    { language: "de", text: "Das Land will Anleihen im Umfang von 2 Mrd. Euro ausgeben.", expected: ["deficit [2000000000, 2000000000] EUR"] },
    { language: "de", text: "Die Stadt will neue Kredite im Umfang von 60 Mio. Euro aufnehmen.", expected: ["deficit [60000000, 60000000] EUR"] },
    // Bonds merely held are no borrowing; a part named after the adjective stays a part.
    { language: "en", text: "Pension funds hold bonds worth €9bn.", expected: [] },
    { language: "en", text: "New defence spending of €4bn was approved.", expected: ["spending/area:defence [4000000000, 4000000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
