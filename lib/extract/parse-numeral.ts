import type { Language } from "./lexicon";

// German groups thousands with "." and writes decimals with ","; English the other way round. A
// grouped form must have groups of exactly three digits, which is what tells "10.000" (ten thousand,
// German) from "1.5" (one and a half, either language).
const DE_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+(?:[.,]\d+)?$/;
// Indian English groups the last three digits, then by two: "7,20,000" is 720,000 (seven lakh).
// A first group of two digits or any later group of two can only be read that way.
const INDIAN_GROUPED = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const PLAIN = /^\d+$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const DECIMAL_POINT = /^\d+\.\d+$/;
const SPACES = /[ \u00a0\u202f\u2009'\u2019]/g;

/**
 * The value of a numeral written with digits ("10.000", "1,5", "10,000", "10 000", Swiss "12'500"), read with the
 * conventions of `language`. Returns null for anything that is not one well-formed numeral, such as
 * "19.06.2024" or "1,2,3".
 */
export function parseNumeral(text: string, language: Language): number | null {
  let normalized: string | null = null;
  if (PLAIN.test(text)) normalized = text;
  else if (SPACE_GROUPED.test(text)) normalized = text.replace(SPACES, "").replace(",", ".");
  else if (language === "de") {
    if (DE_GROUPED.test(text)) normalized = text.replaceAll(".", "").replace(",", ".");
    else if (DECIMAL_COMMA.test(text)) normalized = text.replace(",", ".");
    // A stray English decimal in German text ("1.5 Millionen") is still most likely one and a half.
    else if (DECIMAL_POINT.test(text)) normalized = text;
  } else {
    if (EN_GROUPED.test(text) || INDIAN_GROUPED.test(text)) normalized = text.replaceAll(",", "");
    else if (DECIMAL_POINT.test(text)) normalized = text;
    else if (DECIMAL_COMMA.test(text)) normalized = text.replace(",", ".");
  }
  if (normalized === null) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

// Whole numbers of up to fifteen digits are exact in a double, digit by digit.
const MAX_EXACT_DIGITS = 15;

/**
 * `parseNumeral` of `text.slice(from, to)`, reading the common shapes in place: plain digits
 * ("2024") and figures grouped the language's way ("10.000" in German, "10,000" in English). Every
 * other shape goes through `parseNumeral`, with the same result.
 */
export function parseNumeralAt(text: string, from: number, to: number, language: Language): number | null {
  const group = language === "de" ? 46 : 44;
  let value = 0;
  let digits = 0;
  let run = 0;
  let groups = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      run++;
    } else if (c === group && run >= 1 && (groups > 0 ? run === 3 : run <= 3)) {
      groups++;
      run = 0;
    } else return parseNumeral(text.slice(from, to), language);
  }
  if (digits === 0 || digits > MAX_EXACT_DIGITS || (groups > 0 && run !== 3)) return parseNumeral(text.slice(from, to), language);
  return value;
}
