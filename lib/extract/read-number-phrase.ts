import type { CompiledLexicon } from "./lexicon";
import { parseNumberWord } from "./parse-number-word";
import { parseNumeral } from "./parse-numeral";
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

type Atom = { kind: "value"; value: number; word: boolean } | { kind: "multiplier"; value: number; last: number };

function readAtom(ts: TokenStream, j: number, lex: CompiledLexicon): Atom | null {
  const kind = ts.kind[j];
  if (kind === TokenKind.number) {
    const value = parseNumeral(tokenAt(ts, j), lex.language);
    return value === null ? null : { kind: "value", value, word: false };
  }
  if (kind !== TokenKind.word) return null;
  const lower = lowerAt(ts, j);
  // "12k": the k counts as thousand only when glued to a numeral.
  if (lower === "k") return isJoined(ts, j) && ts.kind[j - 1] === TokenKind.number ? { kind: "multiplier", value: 1000, last: j } : null;
  const multiplier = lex.multipliers.get(lower);
  if (multiplier !== undefined) {
    // "Mio." and "Mrd." keep their abbreviation dot inside the phrase.
    const dotted = tokenAt(ts, j + 1) === "." && isJoined(ts, j + 1) && lower.length <= 3;
    return { kind: "multiplier", value: multiplier, last: dotted ? j + 1 : j };
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
  const firstAtom = readAtom(ts, i, lex);
  if (!firstAtom) return null;
  let total = 0;
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
      current += atom.value;
    } else {
      if (atom.value >= 1000) {
        total += (current || 1) * atom.value;
        current = 0;
      } else current = (current || 1) * atom.value;
      scale = Math.max(scale, atom.value);
    }
    last = atom.kind === "multiplier" ? atom.last : at;
    previous = atom;
    // Find the next atom and what joins it to this one.
    let next = last + 1;
    if (next >= ts.count || isLineBreakBefore(ts, next)) break;
    const joiner = tokenAt(ts, next);
    if ((joiner === "-" || joiner === "‑") && isJoined(ts, next) && isJoined(ts, next + 1)) next++;
    else if (lowerAt(ts, next) === "and" && lex.language === "en" && previous.kind === "multiplier") next++;
    at = next;
    atom = next < ts.count ? readAtom(ts, next, lex) : null;
  }
  const value = total + current;
  if (last === i && firstAtom.kind === "value" && firstAtom.word && lex.articleNumbers.has(lowerAt(ts, i))) return null;
  if (!Number.isFinite(value)) return null;
  return { value, first: i, last, scale };
}
