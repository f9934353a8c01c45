import { describe, expect, test } from "vitest";
import { reachOfAuthority } from "./authority-place";
import { getLexicon, type Language } from "./lexicon";
import { claimLines } from "./test-fixtures";

// Wording of a governing body's seat: "die Regierung in Riga", "the government in Tirana" name the
// body by its capital; the figure it gives is the country's, not the capital's. A town's own police
// or a crowd at the building keeps the town. Sentences of our own, German and English.

describe("a governing body's seat is not the figure's place", () => {
  test.each([
    { language: "de", text: "Die Regierung in Riga stellte am Montag Soforthilfen von 20 Millionen Euro bereit." },
    { language: "de", text: "Die Landesregierung in Tirana sagte 15 Millionen Euro Wiederaufbauhilfe zu." },
    { language: "de", text: "Im Parlament in Vilnius sitzen 141 Abgeordnete." },
    { language: "de", text: "Die Partei kam auf 31,5 Prozent der Stimmen, wie die Wahlkommission in Valletta mitteilte." },
    { language: "en", text: "The government in Riga released €20m in emergency aid on Monday." },
    { language: "en", text: "The cabinet in Tirana approved €15m for reconstruction." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(" in ");
  });

  test.each([
    { language: "de", text: "Vor dem Parlament in Riga versammelten sich nach Polizeiangaben 4.000 Menschen.", place: "in LV/Riga" },
    { language: "en", text: "Police counted 4,000 people outside parliament in Riga.", place: "in LV/Riga" },
    { language: "de", text: "Die Stadtregierung in Kaunas plant neue Schulden von 90 Millionen Euro.", place: "in LT/Kaunas" },
    { language: "en", text: "Police in Kaunas detained 14 people.", place: "in LT/Kaunas" },
  ] as const)("the building, a town's body, a town's police keep the town: $text", ({ text, language, place }) => {
    expect(claimLines(text, language).join(" | ")).toContain(place);
  });
});

describe("how an authority relates to a place named with it", () => {
  test.each([
    { language: "de", word: "polizei", reach: "serves" },
    { language: "de", word: "landesregierung", reach: "sits" },
    // A town's own body serves its town; a federal police is no town's.
    { language: "de", word: "stadtregierung", reach: "serves" },
    { language: "de", word: "bundespolizei", reach: null },
    // The genitive names the same body.
    { language: "de", word: "innenministeriums", reach: "sits" },
    { language: "de", word: "behörden", reach: "named" },
    { language: "en", word: "firefighters", reach: "serves" },
    { language: "en", word: "cabinet", reach: "sits" },
    { language: "en", word: "officials", reach: "named" },
    { language: "en", word: "union", reach: null },
  ] as { language: Language; word: string; reach: string | null }[])("$language: $word is $reach", ({ language, word, reach }) => {
    expect(reachOfAuthority(word, getLexicon(language))).toBe(reach);
  });

  test.each([
    { language: "de", text: "Die Beteiligung lag bei 58 Prozent, teilte die Linzer Wahlkommission mit.", expected: "turnout [58, 58] %, in AT/Linz, by Linzer Wahlkommission" },
    { language: "en", text: "Turnout was 58%, the Bristol commission said.", expected: "turnout [58, 58] %, in GB/Bristol, by Bristol commission" },
    { language: "de", text: "Neue Schulden von 90 Millionen Euro seien nötig, sagte die Stadtregierung in Kaunas.", expected: "deficit [90000000, 90000000] EUR, in LT/Kaunas, by Stadtregierung in Kaunas" },
    // A genitive hangs on the noun before it: the place after it is the figure's, not a seat.
    { language: "de", text: "Nach Angaben des Innenministeriums in Sachsen kamen neun Menschen ums Leben.", expected: "dead [9, 9], in DE/Saxony, by interior ministry" },
  ] as const)("named after a place or serving it, the authority counts there: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual([expected]);
  });
});

// "in greater Lyon" as "im Großraum Lyon": the city's metropolitan area scopes the figure to the city.
describe("a city's greater area is the city's place", () => {
  test.each([
    { language: "en", text: "Officials put the toll in greater Lyon at 11.", place: "in FR/Lyon" },
    { language: "de", text: "Im Großraum Lyon starben elf Menschen.", place: "in FR/Lyon" },
  ] as const)("$language: $text", ({ text, language, place }) => {
    expect(claimLines(text, language).join(" | ")).toContain(place);
  });
});
