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
