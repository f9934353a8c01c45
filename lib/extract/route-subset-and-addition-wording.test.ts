import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own. "among them", "unter ihnen" make a figure a part of the one before (the
// comparer reads the lead in the quote); the ends of a route are no figure's place; "weitere" after a
// count of something else adds to those others, so it is its own subject's whole count.
describe("parts, routes and additions", () => {
  test.each([
    { language: "en", text: "Some 45 people were hurt, among them 12 seriously.", expected: ["injured [40.5, 49.5]", "injured [12, 12]"] },
    { language: "de", text: "43 Menschen wurden verletzt, unter ihnen elf schwer.", expected: ["injured [43, 43]", "injured [11, 11]"] },
    { language: "en", text: "The train, carrying about 310 passengers from Graz to Salzburg, left the tracks.", expected: ["en:passeng [279, 341]"] },
    { language: "de", text: "Der Zug mit rund 310 Fahrgästen war auf dem Weg von Graz nach Salzburg.", expected: ["en:passeng [279, 341]"] },
    { language: "de", text: "Mindestens sieben Menschen kamen ums Leben. Weitere 43 wurden verletzt.", expected: ["dead [7, ∞)", "injured [43, 43]"] },
    // A headline's present verb of gathering, right after the group; "Thursday's march" later in a clause is a noun.
    { language: "en", text: "Thousands of teachers rally in Prague over pay", expected: ["protesters [2000, 9999], in CZ/Prague"] },
    { language: "en", text: "Police arrested 54 people during and after the march.", expected: ["arrests [54, 54]"] },
    // After a count of the same thing, "another" is an addition to it.
    { language: "en", text: "Five people died. Another three died in hospital.", expected: ["dead [5, 5]", "dead/additional [3, 3]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("the quote of a part starts with its lead", async () => {
    const { extractClaims } = await import("./extract-claims");
    const quotes = extractClaims("Some 45 people were hurt, among them 12 seriously.", { language: "en" }).map((c) => c.quote);
    expect(quotes).toEqual(["Some 45 people", "among them 12"]);
    const german = extractClaims("Die Küstenwache sprach von 31 Verletzten, von denen sieben schwer verletzt seien.", { language: "de" }).map((c) => c.quote);
    expect(german).toEqual(["31 Verletzten", "von denen sieben"]);
  });
});
