import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { parseNumberWord } from "./parse-number-word";
import { parseNumeralAt } from "./parse-numeral";
import { isArticleOneOfChange } from "./read-count-change";
import { isOneAsLevel } from "./read-one-as-level";
import { isOneSeat } from "./read-one-seat";
import { readOnePerson } from "./read-one-person";
import { isZeroCount } from "./read-zero-count";
import { isOneOfFate } from "./read-one-of-fate";
import { TokenKind, isJoined, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** A number as written in the text, possibly over several tokens ("1,5 Millionen", "three-thousand-200"). */
export type NumberPhrase = {
  value: number;
  /** First and last token of the phrase. */
  first: number;
  last: number;
  /** The largest multiplier used ("Millionen" → 1e6), or 1; lets "zwischen 10 und 12 Tausend" share it. */
  scale: number;
};

// ISO 4217 codes as Node's ICU knows them ("CHF", "USD"): written before a figure, they make it money.
const CURRENCY_CODES = new Set(Intl.supportedValuesOf("currency"));

// "£1.5m", "$3m", "CHF 850m", "1.5m people", "120m dirhams": money before the figure, or a word after
// it that is a currency or no unit at all (nor a verb-like function word).
function isMillionM(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const before = tokenAt(ts, j - 2);
  if (before === "£" || before === "$" || before === "€" || CURRENCY_CODES.has(before)) return true;
  const next = lowerAt(ts, j + 1);
  if (ts.kind[j + 1] !== TokenKind.word) return false;
  // "120m dirhams", "40m rupees": a currency noun after the figure makes it money as a sign before it
  // does; only a measure ("120m metres" never, "6.2m deep") keeps the metre reading.
  if (matchPhraseForward(ts, j + 1, lex.units)) return currencyAt(ts, j + 1, lex);
  // "450m to 500m dirhams": the first end of a range is money when a currency noun closes the second.
  if (lex.rangeJoiners.has(next) && ts.kind[j + 2] === TokenKind.number && lowerAt(ts, j + 3) === "m" && isJoined(ts, j + 3)) return currencyAt(ts, j + 4, lex);
  return !lex.functionWords.has(next);
}

function currencyAt(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return matchPhraseForward(ts, j, lex.units)?.phrase.value.kind === "currency";
}

// What may follow a closing comparative: "one fewer than first announced", "einen weniger als zuvor",
// "one fewer." — never a noun or adjective ("a more generous offer", "a less crowded march").
const AFTER_COMPARATIVE = new Set([",", ".", ";", ":", "–", "—", ")", "than", "als", "as", "wie"]);

/**
 * "28 seats, one fewer than …", "28 Sitze, einen weniger als zuvor": an article or "one" (one of
 * `articleNumbers`) is the figure one when a comparative closes the phrase right after it.
 */
export function isOneBeforeComparative(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  return lex.comparatives.has(lowerAt(ts, i + 1)) && (i + 2 >= ts.count || AFTER_COMPARATIVE.has(lowerAt(ts, i + 2)));
}

type Atom = { kind: "value"; value: number; word: boolean } | { kind: "multiplier"; value: number; last: number; glued: boolean };

function readAtom(ts: TokenStream, j: number, lex: CompiledLexicon): Atom | null {
  const kind = ts.kind[j];
  if (kind === TokenKind.number) {
    const value = parseNumeralAt(ts.text, ts.start[j] ?? 0, ts.end[j] ?? 0, lex.language);
    return value === null ? null : { kind: "value", value, word: false };
  }
  if (kind !== TokenKind.word) return null;
  const lower = lowerAt(ts, j);
  // "12k", "1.5m", "4bn": these count as multipliers only when glued to a numeral. An "m" glued to a
  // figure is a million only with money or a counted noun around it ("£1.5m", "1.5m people"); "6.2m"
  // alone is a measure in metres, which the unit reader takes.
  const glued = lex.gluedMultipliers.get(lower);
  if (glued !== undefined && isJoined(ts, j) && ts.kind[j - 1] === TokenKind.number) {
    if (lower === "m" && !isMillionM(ts, j, lex)) return null;
    return { kind: "multiplier", value: glued, last: j, glued: true };
  }
  const multiplier = lex.multipliers.get(lower);
  if (multiplier !== undefined) {
    // "Mio." and "Mrd." keep their abbreviation dot inside the phrase.
    const dotted = tokenAt(ts, j + 1) === "." && isJoined(ts, j + 1) && lower.length <= 3;
    return { kind: "multiplier", value: multiplier, last: dotted ? j + 1 : j, glued: false };
  }
  const value = parseNumberWord(lower, lex);
  return value === null ? null : { kind: "value", value, word: true };
}

/**
 * Read the number that starts at token `i`, or null when none does. Atoms combine the usual way
 * (units add, multipliers scale) when they are joined by a space, a hyphen without spaces, or an
 * English "and" after a multiplier ("two hundred and fifty"). A second numeral never joins the first:
 * "9.000 bis 11.000" and "2024 10.000" are two numbers. Articles alone ("ein", "a") are not numbers.
 */
export function readNumberPhrase(ts: TokenStream, i: number, lex: CompiledLexicon): NumberPhrase | null {
  // The "bn" of "€4.2bn" belongs to the figure before it; it is no number of its own.
  if (isJoined(ts, i) && ts.kind[i - 1] === TokenKind.number) return null;
  // "Ein weiterer Mann erlag seinen Verletzungen", "One man is still missing": one, noun and all.
  const one = readOnePerson(ts, i, lex);
  if (one) return { value: 1, first: i, last: one.last, scale: 1 };
  // "no seats", "keine Festnahmen": zero, the noun read after it as after any figure.
  if (isZeroCount(ts, i, lex)) return { value: 0, first: i, last: i, scale: 1 };
  // "one death", "ein Toter": one, the noun read after it likewise.
  if (isOneOfFate(ts, i, lex)) return { value: 1, first: i, last: i, scale: 1 };
  // "half a million", "a quarter of a million", "eine halbe Million": a fraction of the multiplier.
  const fraction = matchPhraseForward(ts, i, lex.fractions);
  if (fraction) {
    const multiplier = lex.multipliers.get(lowerAt(ts, fraction.last + 1));
    if (multiplier !== undefined && multiplier >= 1000) return { value: fraction.phrase.value * multiplier, first: i, last: fraction.last + 1, scale: multiplier };
  }
  const firstAtom = readAtom(ts, i, lex);
  if (!firstAtom) return null;
  let total = 0;
  // What the last multiplier of a thousand or more added to `total`.
  let lastGroup = 0;
  let current = 0;
  let scale = 1;
  let last = i;
  let previous: Atom | null = null;
  let atom: Atom | null = firstAtom;
  let at = i;
  while (atom) {
    if (atom.kind === "value") {
      if (previous?.kind === "value") {
        // Only "twenty three" / "twenty-three" adds two values.
        const tens = previous.word && atom.word && current % 10 === 0 && current >= 20 && current < 100 && atom.value < 10;
        if (!tens) break;
      } else if (previous?.kind === "multiplier" && (atom.value >= previous.value || (!atom.word && at === last + 1))) break;
      // "eine Million am Tag", "a million a day": after a multiplier an article is no number.
      else if (previous?.kind === "multiplier" && atom.word && lex.articleNumbers.has(lowerAt(ts, at))) break;
      current += atom.value;
    } else {
      if (previous?.kind === "multiplier" && atom.value > previous.value && previous.value >= 1000) {
        // "7.2 lakh crore", "tausend Milliarden": a larger multiplier right after one scales the
        // figure it ended (7.2 × 100,000 × 10,000,000), not a new "one crore" added to it.
        total += lastGroup * (atom.value - 1);
        lastGroup *= atom.value;
      } else if (atom.value >= 1000) {
        lastGroup = (current || 1) * atom.value;
        total += lastGroup;
        current = 0;
      } else current = (current || 1) * atom.value;
      scale = Math.max(scale, atom.value);
    }
    last = atom.kind === "multiplier" ? atom.last : at;
    previous = atom;
    // "€100m a day", "12k in total": a glued multiplier ends the figure.
    if (atom.kind === "multiplier" && atom.glued) break;
    // Find the next atom and what joins it to this one.
    let next = last + 1;
    if (next >= ts.count || isLineBreakBefore(ts, next)) break;
    const joiner = tokenAt(ts, next);
    if ((joiner === "-" || joiner === "‑") && isJoined(ts, next) && isJoined(ts, next + 1)) next++;
    else if (lowerAt(ts, next) === "and" && lex.language === "en" && previous.kind === "multiplier" && !previous.glued) {
      // "two hundred and fifty" joins; "$850m and a surplus", "a thousand and 20 jobs" do not.
      const after = readAtom(ts, next + 1, lex);
      if (after?.kind !== "value" || !after.word || lex.articleNumbers.has(lowerAt(ts, next + 1))) break;
      next++;
    }
    at = next;
    atom = next < ts.count ? readAtom(ts, next, lex) : null;
  }
  // "536,8 Milliarden" is 536.8 × 1e9 = 536799999999.99994 in binary floating point; news figures
  // never carry more than fifteen significant digits, so rounding there gives the number written.
  // Whole numbers below 1e15 already are what `toPrecision(15)` would give back, and most figures are
  // such; the string round trip is only needed for fractions and larger values.
  const sum = total + current;
  const value = Number.isInteger(sum) && sum < 1e15 && sum > -1e15 ? sum : Number(sum.toPrecision(15));
  if (last === i && firstAtom.kind === "value" && firstAtom.word && lex.articleNumbers.has(lowerAt(ts, i)) && !isOneBeforeComparative(ts, i, lex) && !isArticleOneOfChange(ts, i, lex) && !isOneSeat(ts, i, lex) && !isOneAsLevel(ts, i, lex)) return null;
  if (!Number.isFinite(value)) return null;
  return { value, first: i, last, scale };
}
