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
    { label: "Indian grouping", text: "7,20,000", language: "en", expected: 720_000 },
    { label: "Indian grouping, ten digits", text: "1,23,45,67,890", language: "en", expected: 1_234_567_890 },
    { label: "lakh", text: "3.5 lakh", language: "en", expected: 350_000 },
    { label: "crore", text: "45,000 crore", language: "en", expected: 450_000_000_000 },
    { label: "lakh crore: a larger multiplier scales the one before", text: "7.2 lakh crore", language: "en", expected: 7_200_000_000_000 },
    { label: "thousand million", text: "4.5 thousand million", language: "en", expected: 4_500_000_000 },
    { label: "tausend Milliarden", text: "tausend Milliarden", language: "de", expected: 1e12 },
    { label: "two hundred thousand stays one multiplication", text: "two hundred thousand", language: "en", expected: 200_000 },
    { label: "trn", text: "1.2 trn", language: "en", expected: 1.2e12 },
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
    { label: "a list of digits, not Indian grouping", text: "1,2,3", language: "en" },
    { label: "German text keeps German grouping", text: "7,20,000", language: "de" },
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
