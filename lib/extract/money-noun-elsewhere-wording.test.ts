import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// Budget wording where money is named by a word no table knew: a bare word for size is the budget's
// size, an item of a budget is spending, an English compound is read by its known modifier, and a
// genitive owner before "von" does not hide the noun of money it owns. Each case is a sentence of
// our own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a bare word for size is the size of the budget", () => {
  test.each([
    { language: "de", text: "Das Volumen liegt nach den Beratungen bei 12,4 Mrd. Euro.", expected: ["budget [12400000000, 12400000000] EUR"] },
    { language: "de", text: "Das Gesamtvolumen bleibt bei 8,1 Milliarden Euro.", expected: ["budget [8100000000, 8100000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a compound of another head keeps its own thing", () => {
    expect(claims("Das Investitionsvolumen liegt bei 2 Mrd. Euro.", "de")).not.toContain("budget [2000000000, 2000000000] EUR");
  });
});

describe("the biggest item of a budget is spending", () => {
  test.each([
    { language: "de", text: "Größter Ausgabenposten bleibt die Pflege mit 4,6 Mrd. Euro.", expected: ["spending [4600000000, 4600000000] EUR"] },
    { language: "en", text: "Care remains the largest item at €4.6bn.", expected: ["spending [4600000000, 4600000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("an English compound no table knows is read by its known modifier", () => {
  test.each([
    { language: "en", text: "The true borrowing need is about €700m, the auditors said.", expected: ["deficit [630000000, 770000000] EUR"] },
    { language: "en", text: "The county's debt level stands at €2.2bn.", expected: ["debt [2200000000, 2200000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a genitive owner before 'von' says whose the money is, not what it is", () => {
  test.each([
    { language: "de", text: "Der Verband erwartet eine Neuverschuldung der Gemeinden von 900 Millionen Euro.", expected: ["deficit [900000000, 900000000] EUR"] },
    { language: "de", text: "Er rechnet mit Ausgaben des Landes von 3 Milliarden Euro.", expected: ["spending [3000000000, 3000000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a place glued to '-weit' scopes the figure to that place's whole", () => {
  test("German", () => {
    const found = extractClaims("Sachsenweit rechnet der Landkreistag mit einer Neuverschuldung der Kreise von 600 Millionen Euro.", { language: "de", publishedAt: PUBLISHED });
    expect(found.map(claimSummary)).toEqual(["deficit [600000000, 600000000] EUR"]);
    expect(found[0]?.scope.place).toMatch(/Saxony|sachsen/i);
  });

  test("'bundesweit' names no place of its own", () => {
    const found = extractClaims("Bundesweit stieg die Neuverschuldung auf 80 Milliarden Euro.", { language: "de", publishedAt: PUBLISHED });
    expect(found.map((c) => c.scope.place ?? null)).toEqual([null]);
  });
});
