import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Budget wording after the seventh tuning batch: costs of a running outlay are spending, and German
// "über" after a noun of money names the sum. Each case is a sentence of our own, in German and
// English, written for the rule it tests.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a cost of staff, interest or pensions is what the budget spends on it", () => {
  test.each([
    { language: "de", text: "Die Personalkosten steigen um 4,8 Prozent auf 1,31 Milliarden Euro.", expected: ["spending/area:staff+change [4.8, 4.8] %", "spending/area:staff [1310000000, 1310000000] EUR"] },
    { language: "de", text: "Die Zinskosten des Landes wachsen auf 2,1 Mrd. Euro.", expected: ["spending/area:interest [2100000000, 2100000000] EUR"] },
    { language: "en", text: "Staff costs rise by 4.8% to €1.31bn.", expected: ["spending/area:staff+change [4.8, 4.8] %", "spending/area:staff [1310000000, 1310000000] EUR"] },
    { language: "en", text: "Debt-servicing costs will climb to ¥31.2 trillion.", expected: ["spending/en:servic [31200000000000, 31200000000000] JPY"] },
    // Any other cost stays a cost: a flood's, a repair's.
    { language: "de", text: "Die Kosten des Hochwassers liegen bei 2 Milliarden Euro.", expected: ["cost [2000000000, 2000000000] EUR"] },
    { language: "en", text: "The repair costs reached €40m.", expected: ["cost/en:repair [40000000, 40000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("'über' after a noun of money names the sum; a package of savings is money saved", () => {
  test.each([
    { language: "de", text: "Der Senat legt einen Doppelhaushalt über 38,2 Milliarden Euro vor.", expected: ["budget/de:doppel [38200000000, 38200000000] EUR"] },
    { language: "de", text: "Die Regierung beschließt ein Sparpaket über 2,4 Mrd. Euro.", expected: ["spending/change [-2400000000, -2400000000] EUR"] },
    { language: "en", text: "The cabinet adopts a savings package of €2.4bn.", expected: ["spending/en:save+change [-2400000000, -2400000000] EUR"] },
    // Without a noun of money before it, "über" still says more than; English "of over" too.
    { language: "de", text: "Die Ausgaben liegen über 40 Milliarden Euro.", expected: ["spending (40000000000, ∞) EUR"] },
    { language: "en", text: "A budget of over €38.2bn was approved.", expected: ["budget (38200000000, ∞) EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("'und zwar um X', 'namely by X' takes its way from the verb of the clause before", () => {
  test.each([
    { language: "de", text: "Gekürzt wurden dagegen die Mittel für externe Gutachten, und zwar um 12 Mio. Euro.", expected: ["spending/de:gutacht+change [-12000000, -12000000] EUR"] },
    { language: "en", text: "Funding for consultants was cut as well, namely by €12m.", expected: ["spending/en:consult+change [-12000000, -12000000] EUR"] },
    // A verb of rising before the comma keeps the change a rise.
    { language: "de", text: "Erhöht wurden dagegen die Mittel für Kitas, und zwar um 62 Mio. Euro.", expected: ["spending/area:childcare+change [62000000, 62000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("'Erträge' and 'proceeds' are revenue; who forecasts a figure gives it", () => {
  test.each([
    { language: "de", text: "Die Erträge aus der Gewerbesteuer steigen auf 2,35 Milliarden Euro.", expected: ["revenue [2350000000, 2350000000] EUR"] },
    { language: "de", text: "Der Kämmerer rechnet mit Steuererträgen von 4,9 Mrd. Euro.", expected: ["revenue [4900000000, 4900000000] EUR by Kämmerer"] },
    { language: "en", text: "The sale's proceeds came to €2.35bn.", expected: ["revenue [2350000000, 2350000000] EUR"] },
    { language: "en", text: "Treasurer Jan Olsen forecast tax revenue of €4.9bn.", expected: ["revenue/en:tax [4900000000, 4900000000] EUR by Treasurer Jan Olsen"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    const found = extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${claimSummary(c)}${c.attribution ? ` by ${c.attribution}` : ""}`);
    expect(found).toEqual(expected);
  });
});

describe("Austrian and municipal words of money; a focus word before the verb names nothing", () => {
  test.each([
    { language: "de", text: "Der Bund plant Auszahlungen von 98,4 Mrd. Euro und Einzahlungen von 91,2 Mrd. Euro.", expected: ["spending [98400000000, 98400000000] EUR", "revenue [91200000000, 91200000000] EUR"] },
    { language: "en", text: "Disbursements rise to €98.4bn.", expected: ["spending [98400000000, 98400000000] EUR"] },
    { language: "de", text: "Die Gemeinde will 75 Millionen Euro neue Kredite aufnehmen.", expected: ["deficit [75000000, 75000000] EUR"] },
    { language: "en", text: "The town plans to take out €75m in new loans.", expected: ["deficit [75000000, 75000000] EUR"] },
    // "die" is no genitive article: the word before it opens the sentence and owns nothing.
    { language: "de", text: "Allein die Pensionslasten stiegen um 140 Mio. Euro.", expected: ["spending/change [140000000, 140000000] EUR"] },
    { language: "en", text: "Pension costs alone rose by €140m.", expected: ["spending/en:pension+change [140000000, 140000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
