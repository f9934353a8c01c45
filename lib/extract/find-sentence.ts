import type { CompiledLexicon } from "./lexicon";
import { CLOSING_QUOTES } from "./lexicon/punctuation";
import { currencyAbbreviationAfterMultiplier } from "./read-unit";
import { isAcronym } from "./holder-name-ending-at";
import { TokenKind, isJoined, isLineBreakBefore, lengthAt, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** A sentence as a token range; `first`/`last` are token indices, inclusive. */
export type SentenceSpan = { first: number; last: number };

// A closing quote or bracket glued after a sentence's final mark still belongs to that sentence: „… gestiegen.“
const CLOSERS: ReadonlySet<string> = new Set([...CLOSING_QUOTES, ")", "]"]);
// Sentences rarely run this long; the cap keeps a text without punctuation from making the scan
// quadratic (every candidate would walk the whole text).
const MAX_TOKENS = 250;

function isLowercaseWord(ts: TokenStream, i: number): boolean {
  if (ts.kind[i] !== TokenKind.word) return false;
  const c = ts.text.charCodeAt(ts.start[i] ?? 0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = ts.text[ts.start[i] ?? 0] ?? "";
  return ch !== ch.toUpperCase();
}

// A period ends a sentence unless it closes an abbreviation ("ca.", "z. B.", an initial) or a German
// ordinal ("am 24. Oktober", "zum 80. Jahrestag"), or the next word goes on in lowercase.
export function periodEndsSentence(ts: TokenStream, p: number, lex: CompiledLexicon): boolean {
  const before = p - 1;
  const next = p + 1;
  if (next < ts.count && isLowercaseWord(ts, next)) return false;
  if (before >= 0 && isJoined(ts, p)) {
    if (ts.kind[before] === TokenKind.word) {
      const word = lowerAt(ts, before);
      // "€800m." ends a sentence: a letter glued to a figure is its unit, not an initial.
      // "70 km/h." and "12 m/s." end one too: a letter glued after a slash closes a compound unit.
      const glued = before > 0 && isJoined(ts, before);
      const unitLetter = word.length === 1 && glued && (ts.kind[before - 1] === TokenKind.number || tokenAt(ts, before - 1) === "/");
      if (!unitLetter && (word.length === 1 || lex.abbreviations.has(word))) return false;
      // "Bildung: 1'148 Mio. Fr. (+4,2 %)": the francs' dot after a multiplier closes the
      // abbreviation when a bracket goes on with the amount's change.
      if (tokenAt(ts, next) === "(" && currencyAbbreviationAfterMultiplier(ts, before, lex)) return false;
    } else if (ts.kind[before] === TokenKind.number && lex.language === "de") {
      const digits = lengthAt(ts, before);
      // An ordinal stands before its noun, never before an article: "Tobias Relling, 44. Das Ministerium".
      // Nor after a party's acronym: "die CDU 34, die SPD 31. Landeswahlleiter …" ends a list of seats.
      if (digits <= 2 && next < ts.count && ts.kind[next] !== TokenKind.punct && !lex.articles.has(lowerAt(ts, next)) && !isAcronym(tokenAt(ts, before - 1))) return false;
      if (digits <= 3 && lex.months.has(lowerAt(ts, next))) return false;
    }
  }
  return true;
}

/** True when a sentence ends with token `p` (a final punctuation mark, or a quote closing one). */
function endsSentence(ts: TokenStream, p: number, lex: CompiledLexicon): boolean {
  const t = tokenAt(ts, p);
  if (t === "!" || t === "?") return true;
  if (t === ".") return periodEndsSentence(ts, p, lex);
  if (CLOSERS.has(t) && p > 0 && isJoined(ts, p)) {
    const inner = tokenAt(ts, p - 1);
    return inner === "!" || inner === "?" || (inner === "." && periodEndsSentence(ts, p - 1, lex));
  }
  return false;
}

/**
 * The sentence around token `i`. Line breaks always end a sentence (headlines, captions and paragraphs
 * have no final period); periods end one unless they close an abbreviation or an ordinal.
 */
export function findSentence(ts: TokenStream, i: number, lex: CompiledLexicon): SentenceSpan {
  const cached = ts.sentence;
  if (cached && cached.first <= i && i <= cached.last) return cached;
  // Readers step back and forth between sentences (a figure's source in the next sentence, a date
  // framing the paragraph before, each event word's own): a sentence found whole is found once.
  const known = ts.sentences;
  if (known) {
    for (let n = known.length - 1; n >= 0; n--) {
      const s = known[n]!;
      if (s.first <= i && i <= s.last) return (ts.sentence = s);
    }
  }
  let first = i;
  while (first > 0 && i - first < MAX_TOKENS && !isLineBreakBefore(ts, first)) {
    const p = first - 1;
    if (ts.kind[p] === TokenKind.punct && endsSentence(ts, p, lex) && !(CLOSERS.has(tokenAt(ts, first)) && isJoined(ts, first))) break;
    first--;
  }
  let last = i;
  while (last + 1 < ts.count && last - i < MAX_TOKENS && !isLineBreakBefore(ts, last + 1)) {
    if (ts.kind[last] === TokenKind.punct && endsSentence(ts, last, lex) && !(CLOSERS.has(tokenAt(ts, last + 1)) && isJoined(ts, last + 1))) break;
    last++;
  }
  const span = { first, last };
  ts.sentence = span;
  // Bounds are properties of the gaps between tokens, so a sentence shorter than the cap is found the
  // same from any of its tokens; a longer one is cut where the scan from `i` gave up, and not kept.
  if (last - first < MAX_TOKENS - 1) (ts.sentences ??= []).push(span);
  return span;
}
