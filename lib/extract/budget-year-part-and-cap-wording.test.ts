import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Budget wording after the double-budget tuning batch: a year beside an amount of a budget says which
// budget (its qualifier), parts of a cut are cut too, and a cap is an upper bound. Each case is a
// sentence of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-10";
const PUBLICATION_DAY = { from: PUBLISHED, to: PUBLISHED };

const extract = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED });
const claims = (text: string, language: "de" | "en") => extract(text, language).map(claimSummary);

describe("a year beside an amount of a budget tells which budget, not when the amount holds", () => {
  test.each([
    { language: "de", text: "Der Senat plant Ausgaben von 21,7 Mrd. Euro im Jahr 2031.", expected: ["spending/2031 [21700000000, 21700000000] EUR"] },
    { language: "de", text: "Für Investitionen sind 2,3 Mrd. Euro (2031) und 2,5 Mrd. Euro (2032) eingeplant.", expected: ["investment/2031 [2300000000, 2300000000] EUR", "investment/2032 [2500000000, 2500000000] EUR"] },
    { language: "de", text: "Die Neuverschuldung soll 310 Mio. Euro für 2031 betragen.", expected: ["deficit/2031 [310000000, 310000000] EUR"] },
    { language: "en", text: "The city plans to borrow €310m in 2031 and €180m in 2032.", expected: ["deficit/2031 [310000000, 310000000] EUR", "deficit/2032 [180000000, 180000000] EUR"] },
    { language: "en", text: "Revenue is forecast at £4.1bn for fiscal 2031/32.", expected: ["revenue/2031/32 [4100000000, 4100000000] GBP"] },
    // A span of years is a plan over several budgets; the amount keeps no single year.
    { language: "en", text: "Spending will total €4.1bn for 2031 to 2035.", expected: ["spending [4100000000, 4100000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    const found = extract(text, language);
    expect(found.map(claimSummary)).toEqual(expected);
    for (const c of found) expect(c.scope.asOf).toEqual(PUBLICATION_DAY);
  });

  test("the total over both years and the first year's part are two facets, not rivals", () => {
    expect(claims("Er sieht Ausgaben von insgesamt 44,1 Mrd. Euro vor, davon 21,7 Mrd. Euro im Jahr 2031 und 22,4 Mrd. Euro im Jahr 2032.", "de")).toEqual([
      "spending [44100000000, 44100000000] EUR",
      "spending/2031 [21700000000, 21700000000] EUR",
      "spending/2032 [22400000000, 22400000000] EUR",
    ]);
  });

  test("a headline that leaves the year out repeats the body's amount", () => {
    expect(claims("Germany plans €536.8bn budget\n\nGermany's cabinet approved a draft budget of €536.8bn for 2027 on Wednesday.", "en")).toEqual([
      "budget/2027 [536800000000, 536800000000] EUR",
      "pass/budget 2026-03-04..2026-03-04 day",
    ]);
  });
});

describe("parts of a cut after 'davon' or 'of which' are cut too", () => {
  test.each([
    {
      language: "de",
      text: "Die Regierung beschloss ein Sparpaket über 6,4 Mrd. Euro, davon 2,1 Mrd. Euro bei Förderungen.",
      expected: ["spending/change [-6400000000, -6400000000] EUR", "spending/change+part:förderungen [-2100000000, -2100000000] EUR"],
    },
    {
      language: "de",
      text: "Das Sparpaket umfasst 6,4 Mrd. Euro, davon 2,1 Mrd. Euro bei Förderungen und 1,3 Mrd. Euro beim Personal.",
      expected: ["spending/change [-6400000000, -6400000000] EUR", "spending/change+part:förderungen [-2100000000, -2100000000] EUR", "spending/change+part:personal [-1300000000, -1300000000] EUR"],
    },
    { language: "en", text: "The plan cuts €6.4bn, of which €2.1bn from subsidies.", expected: ["spending/change [-6400000000, -6400000000] EUR", "spending/change+part:subsidies [-2100000000, -2100000000] EUR"] },
    {
      language: "en",
      text: "The government agreed a savings package of €6.4bn, of which €2.1bn comes from subsidies.",
      expected: ["spending/en:save+change [-6400000000, -6400000000] EUR", "spending/en:save+change+part:subsidies [-2100000000, -2100000000] EUR"],
    },
    // A part of a budget that is not cut stays what it is.
    { language: "de", text: "Der Haushalt umfasst 44,1 Mrd. Euro, davon 21,7 Mrd. Euro für Soziales.", expected: ["budget [44100000000, 44100000000] EUR", "spending/area:social [21700000000, 21700000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a cap is an upper bound: 'gedeckelt auf', 'capped at', 'höchstens … betragen'", () => {
  test.each([
    { language: "de", text: "Die Neuverschuldung ist auf 490 Mio. Euro gedeckelt.", expected: ["deficit [0, 490000000] EUR"] },
    { language: "de", text: "Die Kreditaufnahme wird gedeckelt auf 490 Mio. Euro.", expected: ["deficit [0, 490000000] EUR"] },
    { language: "de", text: "Die Neuverschuldung soll höchstens 490 Mio. Euro betragen.", expected: ["deficit [0, 490000000] EUR"] },
    { language: "en", text: "Net borrowing is capped at €490m.", expected: ["deficit/en:net [0, 490000000] EUR"] },
    { language: "en", text: "Spending on consultants will be limited to €12m.", expected: ["spending [0, 12000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
