import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// "…, die auf 40 Millionen Euro schrumpfen soll", "…, which stood at €310m": money in a relative
// clause with no noun of its own is the amount of the noun the clause hangs on. Sentences of our own.
const PUBLISHED = "2030-10-02";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("money in a relative clause linked by its verb is the antecedent's", () => {
  test.each([
    {
      language: "de",
      text: "Die Gemeinde greift auf ihre Reserve zurück, die bis Ende 2031 auf 40 Millionen Euro schrumpfen soll.",
      expected: ["de:reserv [40000000, 40000000] EUR"],
    },
    {
      language: "de",
      text: "Aus dem Fonds des Landes, der zuletzt 3,4 Mrd. Euro betrug, fließt nichts ab.",
      expected: ["de:fond [3400000000, 3400000000] EUR"],
    },
    {
      language: "de",
      text: "Mehr Geld braucht der Bund für die Zinsen, die auf 2,1 Mrd. Euro steigen.",
      expected: ["spending/area:interest [2100000000, 2100000000] EUR"],
    },
    {
      language: "en",
      text: "The council will tap its reserve, which is set to shrink to €40m by 2031.",
      expected: ["en:reserv [40000000, 40000000] EUR"],
    },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a speaker the clause is about asks for money; he is not what it is of", () => {
    expect(claims("Der Bürgermeister, der 3 Millionen Euro forderte, trat zurück.", "de").some((c) => c.startsWith("de:burgermeist"))).toBe(false);
  });
});
