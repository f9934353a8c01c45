import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a name with a plural possessive inside it: "Workers' Party", "Farmers’ Union" are one
// name, as "People's Party" is; the apostrophe does not cut the owner off the name. Sentences of our
// own, English and German.

describe("a possessive inside a party's or organisation's name keeps the name whole", () => {
  test.each([
    { language: "en", text: "The Workers' Party won 12 seats.", line: "seats/holder:workers' party [12, 12], of Workers' Party" },
    { language: "en", text: "The People's Party won 42 seats.", line: "seats/holder:people's party [42, 42], of People's Party" },
    { language: "en", text: "The Workers’ Party received 18.2 percent of the vote.", line: "votes/holder:workers’ party [18.2, 18.2] %, of Workers’ Party" },
    { language: "de", text: "Die Workers' Party kam auf 18,2 Prozent.", line: "votes/holder:workers' party [18.2, 18.2] %, of Workers' Party" },
  ] as const)("holder: $text", ({ text, language, line }) => {
    expect(claimLines(text, language)).toContain(line);
  });

  test.each([
    { language: "en", text: "About 3,000 farmers took part, the Farmers' Union said.", line: "protesters [2700, 3300], by Farmers' Union" },
    { language: "en", text: "About 3,000 farmers took part, according to the Farmers' Union.", line: "protesters [2700, 3300], by Farmers' Union" },
    { language: "en", text: "The Teachers' Federation estimated the damage at 40 million euros.", line: "cost [40000000, 40000000] EUR, by Teachers' Federation" },
    { language: "de", text: "Laut der Workers' Party demonstrierten 3.000 Menschen.", line: "protesters [3000, 3000], by Workers' Party" },
  ] as const)("claimant: $text", ({ text, language, line }) => {
    expect(claimLines(text, language)).toContain(line);
  });

  test("a possessive before a lowercase noun is still the owner's", () => {
    expect(claimLines("The Greens' share rose to 12 percent.", "en")).toContain("votes/holder:greens [12, 12] %, of Greens");
  });
});
