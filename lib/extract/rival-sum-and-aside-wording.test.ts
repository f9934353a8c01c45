import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Budget wording where the noun of a sum stands elsewhere: a rival's sum naming nothing answers the
// question of the sentence before, a figure "the ministry projects" is of what it is set against,
// an aside between dashes or a focus word is read past, a figure "in the budget" is the budget's
// version of what it is compared with, and a negated excess is a ceiling. Each case is a sentence
// of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a rival's sum that names nothing is of what the sentence before is about", () => {
  test.each([
    { language: "de", text: "Der Stadtrat hält das Defizit für zu niedrig angesetzt. Ratsherr Peter Brandl sprach von „mindestens 75 Millionen Euro“.", expected: ["deficit [75000000, ∞) EUR"] },
    { language: "de", text: "Die Ausgaben für Brücken sind mit 40 Mio. Euro geplant. Der Steuerzahlerbund rechnet dagegen mit 55 Mio. Euro.", expected: ["spending [40000000, 40000000] EUR", "spending [55000000, 55000000] EUR"] },
    { language: "de", text: "Die Regierung verschweige die wahre Neuverschuldung: Tatsächlich liege sie bei 9 Milliarden Euro, sagte die Opposition.", expected: ["deficit [9000000000, 9000000000] EUR"] },
    { language: "en", text: "The watchdog says the shortfall is larger. Its chair put it at around €3bn.", expected: ["deficit [2700000000, 3300000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("without a voice giving it, a sum naming nothing known stays unread", () => {
    expect(claims("Das Defizit steigt. Die Hundesteuer ist mit 4 Millionen Euro die kleinste Abgabe.", "de")).toEqual([]);
    expect(claims("Debt keeps rising. A new bridge with €40m of steel opens in May.", "en").filter((c) => c.startsWith("debt"))).toEqual([]);
  });

  test("a paragraph between closes the question", () => {
    expect(claims("Das Defizit wächst.\n\nDie Kammer sprach von 12 Millionen Euro.", "de")).toEqual([]);
  });
});

describe("the figure a speaker projects, set against another, is of the same thing", () => {
  test.each([
    { language: "en", text: "Public debt will reach 64% of GDP next year, not the 61% the finance ministry projects.", expected: ["debt/of:gdp [64, 64] %", "debt/of:gdp [61, 61] %"] },
    { language: "en", text: "The debt will climb to 81% of GDP, above the 78% the treasury has pencilled in.", expected: ["debt/of:gdp [81, 81] %", "debt/of:gdp [78, 78] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a focus word, an aside between dashes and a document the figure is written in are read past", () => {
  test.each([
    { language: "en", text: "The bank expects real growth of just 0.9% this year.", expected: ["en:growth [0.9, 0.9] %"] },
    { language: "de", text: "Die Stadt erwartet einen Überschuss von nur 2 Millionen Euro.", expected: ["de:uberschuss [2000000, 2000000] EUR"] },
    { language: "en", text: "The auditors put the structural deficit — the gap after one-off items — at €1.2bn.", expected: ["deficit [1200000000, 1200000000] EUR"] },
    { language: "en", text: "The auditors put the structural deficit at €1.4bn, against €1.1bn in the budget.", expected: ["deficit [1400000000, 1400000000] EUR", "deficit [1100000000, 1100000000] EUR"] },
    // A document's version after "compared with" is a rival of the figure, not its earlier level.
    { language: "en", text: "The auditors put the cost of servicing the debt at €2.4bn, compared with €2.1bn in the budget.", expected: ["spending/en:servic [2400000000, 2400000000] EUR", "spending/en:servic [2100000000, 2100000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a negated excess is a ceiling", () => {
  test.each([
    { language: "en", text: "New borrowing will not exceed €2bn, the minister said.", expected: ["deficit [0, 2000000000] EUR"] },
    { language: "de", text: "Die Neuverschuldung werde 2 Milliarden Euro nicht übersteigen, sagte der Minister.", expected: ["deficit [0, 2000000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
