import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// German may open a sentence with what is estimated ("Den Schuldenstand schätzt der Rechnungshof auf
// …") and put a bare year between the linking verb and the figure ("liege 2031 unter …"). Sentences of
// our own wording; the English ones show the same question read in English word order.
const PUBLISHED = "2030-05-06";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a fronted object, by an article only an object takes, is what is put at the figure", () => {
  test.each([
    { language: "de", text: "Den Schuldenstand schätzt der Rechnungshof auf 12,2 Milliarden Euro.", expected: ["debt [12200000000, 12200000000] EUR"] },
    { language: "de", text: "Den Schuldenstand Ende 2031 schätzen die Prüfer auf 12,2 Milliarden Euro.", expected: ["debt [12200000000, 12200000000] EUR"] },
    // Who estimates, after the verb, is not what is estimated; nor when the object follows the verb.
    { language: "de", text: "Die Polizei schätzt den Schaden auf 250.000 Euro.", expected: ["cost [250000, 250000] EUR"] },
    { language: "en", text: "The auditors put the debt at €12.2bn.", expected: ["debt [12200000000, 12200000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a bare year after the linking verb says when, and the noun before it is what the figure is of", () => {
  test.each([
    { language: "de", text: "Der Schuldenstand liege 2031 unter 12 Milliarden Euro.", expected: ["debt [0, 12000000000) EUR"] },
    { language: "de", text: "Die Stadträtin sagte, der Schuldenstand liege 2031 „sicher unter 12 Milliarden Euro“.", expected: ["debt [0, 12000000000) EUR"] },
    { language: "en", text: "Debt will stand at €12bn in 2031.", expected: ["debt [12000000000, 12000000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});
