import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own. Quotation marks around a figure say whose words it is, not what it counts:
// the hedge before it and the noun after it still belong to it.
describe("a quoted figure keeps its hedge and its noun", () => {
  test.each([
    { language: "en", text: 'The Red Cross put the number of injured at "around 50".', expected: ["injured [45, 55], by Red Cross"] },
    { language: "en", text: 'The union said "more than 40,000" had attended.', expected: ["protesters (40000, ∞), by union"] },
    { language: "en", text: 'She said "nowhere near 40,000" had attended the rally.', expected: ["protesters [0, 40000)"] },
    // "speaks of" is a verb of speaking, not the thing counted, with or without the quotation marks.
    { language: "en", text: "The auditors put the backlog at £3bn, and the union speaks of at least 4 billion.", expected: ["en:backlog [3000000000, 3000000000] GBP, by auditors", "en:backlog [4000000000, ∞) GBP, by union"] },
    { language: "de", text: "Der Verband spricht von „deutlich mehr als 40“ Hitzetoten.", expected: ["dead (40, ∞), by association"] },
    { language: "de", text: "Die Ministerin sagte, es seien „bei weitem nicht 40.000“ Demonstranten gewesen.", expected: ["protesters [0, 40000), by Ministerin"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });

  test("the claim's quote keeps the article's own quotation marks", async () => {
    const { extractClaims } = await import("./extract-claims");
    const [claim] = extractClaims("Der Verband spricht von „deutlich mehr als 40“ Hitzetoten.", { language: "de" });
    expect(claim?.quote).toBe("deutlich mehr als 40“ Hitzetoten");
  });
});

// German spends with a verb after the money ("ausgeben", "gibt … aus"), and a bare year after the
// verb ("steigen 2025 auf") tells which year's budget a flow is of (see planned-year-money-wording.test.ts),
// without hiding what it is of.
describe("German money spent, and a year between the verb and the figure", () => {
  test.each([
    { text: "Der Bund will 2025 rund 480 Milliarden Euro ausgeben.", expected: ["spending/2025 [432000000000, 528000000000] EUR"] },
    { text: "Der Bund gibt rund 480 Milliarden Euro aus.", expected: ["spending [432000000000, 528000000000] EUR"] },
    { text: "Für Bildung sollen rund 12 Milliarden Euro ausgegeben werden.", expected: ["spending/area:education [10800000000, 13200000000] EUR"] },
    { text: "Die Ausgaben steigen 2025 auf 480 Milliarden Euro.", expected: ["spending/2025 [480000000000, 480000000000] EUR"] },
    { text: "Der Schuldenstand liegt 2032 bei 16 Milliarden Euro.", expected: ["debt [16000000000, 16000000000] EUR"] },
    { text: "Der Bund investiert 2025 rund 70 Milliarden Euro.", expected: ["investment/2025 [63000000000, 77000000000] EUR"] },
    { text: "In die Schiene sollen 20 Milliarden Euro investiert werden.", expected: ["investment [20000000000, 20000000000] EUR"] },
    { text: "Die Bundeswehr soll 2025 rund 52 Milliarden Euro erhalten.", expected: ["spending/area:defence+2025 [46800000000, 57200000000] EUR"] },
    // The year before the amount dates it; it counts no households ("Haushalt").
    { text: "Der Haushalt umfasst 2025 rund 480 Milliarden Euro.", expected: ["budget/2025 [432000000000, 528000000000] EUR"] },
    // A hedged count of year's shape is still a count.
    { text: "Bei der Wahl stimmten rund 2025 Menschen ab.", expected: ["people [1822.5, 2227.5]"] },
    // "aus" closes the clause without a form of "geben": nothing is spent.
    { text: "Die Mittel von 50 Millionen Euro reichen nicht aus.", expected: ["de:mittel [50000000, 50000000] EUR"] },
  ] as const)("de: $text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });
});

// A modal between the receiver and its verb ("Schools will receive") leaves the receiver what the money is spent on.
test("en: Schools will receive €12bn.", () => {
  expect(claimLines("Schools will receive €12bn.", "en")).toEqual(["spending/area:education [12000000000, 12000000000] EUR"]);
});
