import type { Language } from "./lexicon";

const TRAILING_ZEROS = /0+$/;

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  de: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function groupDigits(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * Write `n` the way `language` writes numbers in running text: "10.000" and "1,5" in German,
 * "10,000" and "1.5" in English. Built so that `parseNumber(formatNumber(n, l), l) === n` for every
 * non-negative integer; fractions keep up to six decimals. Non-finite values are written as JavaScript
 * writes them.
 */
export function formatNumber(n: number, language: Language): string {
  if (!Number.isFinite(n)) return String(n);
  const { group, decimal } = SEPARATORS[language];
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  const [whole = "0", fraction] = abs.toFixed(Number.isInteger(abs) ? 0 : 6).split(".");
  const trimmed = fraction?.replace(TRAILING_ZEROS, "");
  return sign + groupDigits(whole, group) + (trimmed ? decimal + trimmed : "");
}
