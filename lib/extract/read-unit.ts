import type { CompiledLexicon, UnitRef } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { TokenKind, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** A unit written next to an amount, with the tokens it covers. */
export type UnitMatch = { unit: UnitRef; first: number; last: number };

/** A unit as one comparable code: "EUR", "km", "%", "pp". */
export function unitCode(unit: UnitRef): string {
  if (unit.kind === "currency" || unit.kind === "measure") return unit.code;
  return unit.kind === "percent" ? "%" : "pp";
}

// ISO 4217 codes count as currencies only in capitals ("EUR", "USD"): lowercased, several are
// ordinary English words ("all", "top", "try").
const CURRENCY_CODES = new Set(Intl.supportedValuesOf("currency"));
const CODE = /^[A-Z]{3}$/;

// Asked before and after every amount: a word that is not three capital letters is turned away by
// its length and first character before it is cut out of the text.
export function isoCodeAt(ts: TokenStream, j: number): UnitMatch | null {
  if (ts.kind[j] !== TokenKind.word || (ts.end[j] ?? 0) - (ts.start[j] ?? 0) !== 3) return null;
  const c = ts.text.charCodeAt(ts.start[j] ?? 0);
  if (c < 65 || c > 90) return null;
  const word = tokenAt(ts, j);
  return CODE.test(word) && CURRENCY_CODES.has(word) ? { unit: { kind: "currency", code: word }, first: j, last: j } : null;
}

// Currencies whose usual written abbreviation is a word before the amount, with or without its dot:
// "Rs 45,000 crore", "Rs. 1.6 lakh crore" (rupees), "Rp 5.000" (rupiah), "SFr. 12", "Fr. 12.50"
// (Swiss francs). Capitalized as written: lowercased, "fr" and "rs" are ordinary abbreviations.
const CURRENCY_ABBREVIATIONS: Record<string, string> = { Rs: "INR", Rp: "IDR", SFr: "CHF", sFr: "CHF", Fr: "CHF" };

function currencyAbbreviationBefore(ts: TokenStream, j: number): UnitMatch | null {
  const start = ts.start[j] ?? 0;
  const isDot = ts.kind[j] === TokenKind.punct && ts.text.charCodeAt(start) === 46;
  const word = isDot && j > 0 && isJoined(ts, j) ? j - 1 : j;
  // Looked up only for a capital-led word of two or three letters: this runs before every amount.
  const length = (ts.end[word] ?? 0) - (ts.start[word] ?? 0);
  if (ts.kind[word] !== TokenKind.word || length < 2 || length > 3 || !ABBREVIATION_INITIALS.has(ts.text.charCodeAt(ts.start[word] ?? 0))) return null;
  const code = CURRENCY_ABBREVIATIONS[tokenAt(ts, word)];
  return code ? { unit: { kind: "currency", code }, first: word, last: j } : null;
}
const ABBREVIATION_INITIALS = new Set(Object.keys(CURRENCY_ABBREVIATIONS).map((k) => k.charCodeAt(0)));

/**
 * The unit written right after an amount ending at token `j - 1`: a currency ("Euro", "US-Dollar",
 * "euros", "EUR"), percent ("Prozent", "%", "per cent"), percentage points, or a measure ("Meter",
 * "km", "Tonnen"). Null when the next word is not a unit.
 */
export function readUnitAfter(ts: TokenStream, j: number, lex: CompiledLexicon): UnitMatch | null {
  if (j >= ts.count) return null;
  const m = matchPhraseForward(ts, j, lex.units);
  if (m) return { unit: m.phrase.value, first: j, last: m.last };
  return isoCodeAt(ts, j) ?? currencyAbbreviationAfterMultiplier(ts, j, lex);
}

/**
 * "13,2 Mrd. Fr.", "850 Mio. Fr.": Swiss agency style writes the francs' abbreviation after the
 * multiplier too. Only there: after a bare number "Fr." is as likely Friday ("am 12. Fr.").
 */
export function currencyAbbreviationAfterMultiplier(ts: TokenStream, j: number, lex: CompiledLexicon): UnitMatch | null {
  const dot = tokenAt(ts, j - 1) === ".";
  const multiplier = dot ? j - 2 : j - 1;
  if (multiplier < 0 || !lex.multipliers.has(lowerAt(ts, multiplier)) || ts.kind[j] !== TokenKind.word) return null;
  const code = CURRENCY_ABBREVIATIONS[tokenAt(ts, j)];
  return code ? { unit: { kind: "currency", code }, first: j, last: j } : null;
}

/**
 * A currency written in front of an amount starting at token `i`: "€4,2 Mrd.", "$1.2 billion",
 * "US$ 3m", "EUR 4 Mio.", "£300m". Only symbols, codes and "US$" come first in news; "Euro 300"
 * is not a style either language uses.
 */
export function readCurrencyBefore(ts: TokenStream, i: number, lex: CompiledLexicon): UnitMatch | null {
  const j = i - 1;
  if (j < 0) return null;
  const code = isoCodeAt(ts, j) ?? currencyAbbreviationBefore(ts, j);
  if (code) return code;
  if (ts.kind[j] !== TokenKind.punct) return null;
  // "US$": the letters glued to the symbol belong to it.
  const first = j > 0 && isJoined(ts, j) && ts.kind[j - 1] === TokenKind.word ? j - 1 : j;
  // "4 Milliarden Euro, 5 Prozent mehr": the symbol must end right before the figure; a currency
  // word glued to a comma is the previous amount's.
  const glued = matchPhraseForward(ts, first, lex.units, j);
  const m = (glued && glued.last === j ? glued : null) ?? matchPhraseForward(ts, j, lex.units, j);
  return m && m.phrase.value.kind === "currency" ? { unit: m.phrase.value, first: m.last === j && first < j && m.phrase.tokens.length === 2 ? first : j, last: j } : null;
}
