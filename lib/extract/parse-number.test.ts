import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatNumber } from "./format-number";
import { parseNumber } from "./parse-number";

describe("parseNumber", () => {
  test.each([
    { label: "German grouped thousands", text: "10.000", language: "de", expected: 10000 },
    { label: "German decimal comma with multiplier", text: "1,5 Millionen", language: "de", expected: 1_500_000 },
    { label: "German abbreviation Mio.", text: "2,5 Mio.", language: "de", expected: 2_500_000 },
    { label: "German number word", text: "zehntausend", language: "de", expected: 10000 },
    { label: "German compound", text: "dreitausendzweihundertfünfundzwanzig", language: "de", expected: 3225 },
    { label: "German eine Million", text: "eine Million", language: "de", expected: 1_000_000 },
    { label: "German Tausend alone", text: "Tausend", language: "de", expected: 1000 },
    { label: "English grouped thousands", text: "10,000", language: "en", expected: 10000 },
    { label: "English decimal point", text: "1.5 million", language: "en", expected: 1_500_000 },
    { label: "English words", text: "ten thousand", language: "en", expected: 10000 },
    { label: "k suffix", text: "12k", language: "en", expected: 12000 },
    { label: "hyphenated words and digits", text: "three-thousand-200", language: "en", expected: 3200 },
    { label: "digits times hundred", text: "52-hundred", language: "en", expected: 5200 },
    { label: "digits times thousand", text: "8-thousand", language: "en", expected: 8000 },
    { label: "and after hundred", text: "two hundred and fifty", language: "en", expected: 250 },
    { label: "tens and units", text: "twenty-three", language: "en", expected: 23 },
    { label: "a thousand", text: "a thousand", language: "en", expected: 1000 },
    { label: "narrow no-break space", text: "10\u202f000", language: "de", expected: 10000 },
    { label: "surrounding space is ignored", text: "  42 ", language: "en", expected: 42 },
  ] as const)("$label: $text → $expected", ({ text, language, expected }) => {
    expect(parseNumber(text, language)).toBe(expected);
  });

  test.each([
    { label: "vague amount", text: "Tausende", language: "de" },
    { label: "article alone", text: "ein", language: "de" },
    { label: "article alone (en)", text: "a", language: "en" },
    { label: "two numerals", text: "9.000 11.000", language: "de" },
    { label: "range", text: "9.000 bis 11.000", language: "de" },
    { label: "date", text: "19.06.2024", language: "de" },
    { label: "word", text: "Helfer", language: "de" },
    { label: "empty", text: "", language: "en" },
  ] as const)("not a number: $label", ({ text, language }) => {
    expect(parseNumber(text, language)).toBeNull();
  });

  test("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom("de" as const, "en" as const), (text, language) => {
        const n = parseNumber(text, language);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  test("never throws on strings made of number parts", () => {
    const parts = ["1", "10.000", "1,5", "-", " ", "tausend", "Millionen", "thousand", "hundred", "and", "k", "Mio", ".", "zwei", "twenty", "a", "ein", "und"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), fc.constantFrom("de" as const, "en" as const), (list, language) => {
        const n = parseNumber(list.join(""), language);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test.each(["de", "en"] as const)("formatNumber → parseNumber round-trips integers 0..10^9 (%s)", (language) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (n) => {
        expect(parseNumber(formatNumber(n, language), language)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
});
