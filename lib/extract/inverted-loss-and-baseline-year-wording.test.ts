import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// German puts the verb before its subject after a fronted word ("Damit verliert die Partei …"), so a
// verb of losing may stand behind the holder; and a baseline year ("gegenüber 2029", "on 2029")
// between the holder and the change is no figure. Sentences of our own, in German and English.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a change of points after an inverted verb and a baseline year", () => {
  test.each([
    { language: "de", text: "Damit verliert die ÖVP gegenüber 2029 genau 3,4 Prozentpunkte.", expected: ["votes/holder:övp+change [-3.4, -3.4] pp"] },
    { language: "de", text: "Dagegen gewinnt die FPÖ 2,1 Prozentpunkte.", expected: ["votes/holder:fpö+change [2.1, 2.1] pp"] },
    { language: "de", text: "Die SPD verlor gegenüber 2029 2,1 Prozentpunkte.", expected: ["votes/holder:spd+change [-2.1, -2.1] pp"] },
    { language: "en", text: "The Greens lost 3.4 points compared with 2029.", expected: ["votes/holder:greens+change [-3.4, -3.4] pp"] },
    { language: "en", text: "The Greens lost 3.4 percentage points on 2029.", expected: ["votes/holder:greens+change [-3.4, -3.4] pp"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
