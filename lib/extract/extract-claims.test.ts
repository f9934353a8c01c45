import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { dates } from "./fixtures/dates";
import { quantitiesDe } from "./fixtures/quantities-de";
import { quantitiesEn } from "./fixtures/quantities-en";
import { traps } from "./fixtures/traps";
import { wireCopy } from "./fixtures/wire-copy";
import { formatClaimValue } from "./format-claim-value";
import { claimCandidateSchema } from "./schema";

// The rule fixtures must each come out exactly; the held-out set is only scored (score-fixtures.test.ts).
const ruleFixtures = [...quantitiesDe, ...quantitiesEn, ...dates, ...traps, ...wireCopy];

describe("extractClaims on the rule fixtures", () => {
  test.each(ruleFixtures)("$language: $label", ({ text, language, publishedAt, expected }) => {
    const found = extractClaims(text, { language, ...(publishedAt ? { publishedAt } : {}) });
    const shape = (c: (typeof found)[number]) => ({
      valueKind: c.valueKind,
      subject: c.subject,
      value: formatClaimValue(c.value),
      place: c.scope.place,
      certainty: c.certainty,
      attribution: c.attribution,
      asOf: c.scope.asOf,
      quote: c.quote,
    });
    // In text order; fields a fixture leaves out are not checked, except place (none means none).
    expect(found.map(shape)).toMatchObject(expected.map((e) => ({ place: undefined, ...e })));
  });
});

describe("extractClaims candidates", () => {
  test("carry offsets, sentence, rule and a schema-valid shape", () => {
    const text = "Titel\n\nLaut Washington seien fast 10.000 nordkoreanische Soldaten nach Russland eingereist.";
    const [c] = extractClaims(text, { language: "de" });
    expect(c).toBeDefined();
    expect(claimCandidateSchema.parse(c)).toEqual(c);
    expect(text.slice(c!.start, c!.end)).toBe("fast 10.000 nordkoreanische Soldaten");
    expect(text.slice(c!.sentenceStart, c!.sentenceEnd)).toBe("Laut Washington seien fast 10.000 nordkoreanische Soldaten nach Russland eingereist.");
    expect(c!.rule).toBe("de.hedge.fast → just below [n−10%, n)");
    expect(c!.scope).toEqual({ place: "Russia", counted: "North Korean troops" });
  });

  test("are sorted by position, quantities and dates together", () => {
    const text = "Im Juni 2024 wurde der Vertrag unterzeichnet. Seitdem kamen 10.000 Soldaten.";
    const found = extractClaims(text, { language: "de" });
    expect(found.map((c) => c.valueKind)).toEqual(["date", "quantity"]);
  });
});

const FRAGMENTS = [
  "fast", "mehr als", "etwa", "10.000", "1,5", "Millionen", "zwischen", "und", "bis", "Soldaten", "Tausende", "von ihnen",
  "in der Region", "Kursk", "nach", "Russland", "laut", "Kiew", "sagte", "Blinken", "getötet", "oder", "verletzt",
  "Im", "Juni", "2024", "unterzeichneten", "Vertrag", "am", "19.", "Ende", "letzter", "Woche", "Foto:", "\n", ".", ",",
  "-", "155", "mm", "more than", "almost", "troops", "of them", "signed", "treaty", "last year", "on Tuesday", "k", "(",
  ")", "„", "“", "😀", "soll", "haben", "denied", "could", "Zahl der", "übersteigen", "Mio", "ago", "two", "years",
];

describe("extractClaims never fails", () => {
  test.each(["de", "en"] as const)("on arbitrary strings (%s), and quotes are exact slices", (language) => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.option(fc.constantFrom("2024-11-30", "2025-01-01"), { nil: undefined }), (text, publishedAt) => {
        for (const c of extractClaims(text, { language, ...(publishedAt ? { publishedAt } : {}) })) {
          expect(text.slice(c.start, c.end)).toBe(c.quote);
          expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
          expect(c.sentenceEnd).toBeGreaterThanOrEqual(c.end);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test.each(["de", "en"] as const)("on shuffled claim vocabulary (%s), and every candidate is schema-valid", (language) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.constantFrom("", " "), (parts, glue) => {
        const text = parts.join(glue === "" ? " " : glue);
        for (const c of extractClaims(text, { language, publishedAt: "2024-11-30" })) {
          expect(text.slice(c.start, c.end)).toBe(c.quote);
          expect(claimCandidateSchema.safeParse(c).success).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
