import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// German writes a place's adjective in "-er" capitalized and uninflected ("Kieler Wahlkreise",
// "Berliner Kliniken"): it is no noun, and the noun after it is what a figure counts, as the noun
// before "in Berlin" is in English. Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a German place adjective in -er is passed over to its noun", () => {
  test.each([
    { language: "de", text: "17 Berliner Kliniken blieben geschlossen.", expected: ["en:hospit [17, 17]"] },
    { language: "de", text: "Rund 40 Prozent der Hamburger Kliniken blieben geschlossen.", expected: ["en:hospit [36, 44] %"] },
    { language: "de", text: "In der Stadt fehlen 300 Kieler Lehrer.", expected: ["en:teacher [300, 300]"] },
    { language: "en", text: "17 hospitals in Berlin stayed closed.", expected: ["en:hospit [17, 17]"] },
    { language: "en", text: "Some 40% of hospitals in Hamburg stayed closed.", expected: ["en:hospit [36, 44] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a noun in -er that is no place's adjective is the noun", () => {
    expect(claims("In der Stadt fehlen 300 Lehrer.", "de")).toEqual(["en:teacher [300, 300]"]);
  });
});
