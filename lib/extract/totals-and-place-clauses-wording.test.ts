import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Wording of totals, parts and the clauses a place or a day stands in, that made parts look like
// rivals of their whole. Each case is a sentence of our own, in German and English.
const PUBLISHED = "2025-08-07"; // a Thursday

const summary = (c: ClaimCandidate) => `${c.subject} ${formatClaimValue(c.value)}${c.scope.place ? ` in ${c.scope.place}` : ""}`;
const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(summary);
const quotes = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => c.quote);
const days = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map((c) => `${formatClaimValue(c.value)} as of ${c.scope.asOf?.from}`);

describe("a total after a place's figure is not that place's", () => {
  test.each([
    { language: "de", text: "In Kiel streikten 1.200 Beschäftigte, in allen Häfen zusammen 3.400.", expected: ["strikers [1200, 1200] in DE/Kiel", "strikers [3400, 3400]"] },
    { language: "de", text: "In Linz zählte die Polizei 3.000 Demonstranten, insgesamt waren es 9.000.", expected: ["protesters [3000, 3000] in AT/Linz", "protesters [9000, 9000]"] },
    { language: "en", text: "In Linz, police counted 3,000 marchers; in all, 9,000 people took part.", expected: ["protesters [3000, 3000] in AT/Linz", "protesters [9000, 9000]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a total in the place's own first figure stays the place's", () => {
    expect(claims("In Linz, a total of 3,000 people marched.", "en")).toEqual(["protesters [3000, 3000] in AT/Linz"]);
  });

  test("a semicolon closes the clause a trailing place is read in", () => {
    expect(claims("In Kiel, 1,200 workers walked out; across all ports 3,400 did.", "en")).toEqual(["strikers [1200, 1200] in DE/Kiel", "strikers [3400, 3400]"]);
  });
});

describe("a place in a relative clause about another noun is not the figure's", () => {
  test.each([
    { language: "de", text: "Die Schuldenquote werde auf 61 Prozent steigen und nicht auf 58 Prozent, heißt es in einem Papier, das der Rat am Montag in Graz vorstellte.", expected: ["debt [61, 61]", "debt [58, 58]"] },
    { language: "en", text: "Debt will rise to 61% and not to 58%, the council says in a paper, which it presented in Graz on Monday.", expected: ["debt [61, 61]", "debt [58, 58]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a relative clause in the figure's own clause still places what it counts", () => {
    expect(claims("Mehr als 300 Menschen, die in Linz demonstrierten, wurden kontrolliert.", "de")).toEqual(["people (300, ∞) in AT/Linz"]);
  });
});

describe("a clause opened by 'where' is about the place before its comma", () => {
  test.each([
    { language: "de", text: "Der Zug zog weiter nach Linz, wo die Polizei 4.000 Menschen zählte.", expected: ["people [4000, 4000] in AT/Linz"] },
    { language: "en", text: "Landslides cut off villages near Graz and Linz, where rescuers counted 41 injured.", expected: ["injured [41, 41] in ?/Graz and Linz"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a landmark measured from is not the scene", () => {
    expect(claims("The worst damage was in a hill village not far from Graz, where 40 houses collapsed.", "en")).toEqual(["buildings [40, 40]"]);
  });
});

describe("the word that makes a figure a part of the one before stays in its quote", () => {
  test.each([
    { language: "de", text: "Landesweit waren 2.000 Traktoren unterwegs, davon 800 in Linz.", expected: ["2.000 Traktoren", "davon 800"] },
    { language: "de", text: "Die Behörden zählten 41 Tote, darunter 12 Kinder.", expected: ["41 Tote", "darunter 12 Kinder"] },
    { language: "en", text: "Officials counted 41 dead, of whom 12 were children.", expected: ["41 dead", "of whom 12"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(quotes(text, language)).toEqual(expected);
  });
});

describe("a day after an earlier level dates that level, not the new one", () => {
  test.each([
    { language: "en", text: "The government raised its emergency aid to €12m from the €8m pledged on Monday.", expected: ["[12000000, 12000000] as of 2025-08-07", "[8000000, 8000000] as of 2025-08-04"] },
    { language: "de", text: "Die Regierung erhöhte die Soforthilfe auf 12 Millionen Euro von 8 Millionen Euro am Montag.", expected: ["[12000000, 12000000] as of 2025-08-07", "[8000000, 8000000] as of 2025-08-04"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(days(text, language)).toEqual(expected);
  });
});
