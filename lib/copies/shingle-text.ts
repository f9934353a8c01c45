import { CappedMemo } from "../cache/capped-memo";
import { foldText } from "../compare/normalize-text";

/** Words per shingle: long enough that shared stock phrases ("according to the") rarely match
 * whole, short enough that a light rewrite (a word changed per sentence) keeps most shingles. */
export const SHINGLE_WORDS = 4;

/**
 * The distinct word shingles of a text as 32-bit hashes (FNV-1a over the words). Words are folded
 * the way readers fold them: case, accents and punctuation do not count, so "Außenminister" in one
 * copy and "Aussenminister" in another, or a changed quotation mark, still match. A text of fewer
 * than SHINGLE_WORDS words has one shingle, itself. Never throws.
 */
export function shingleText(text: string): Set<number> {
  const words = wordsOf(text);
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) shingles.add(fnv1a(words, i, Math.min(i + SHINGLE_WORDS, words.length)));
  return shingles;
}

/**
 * The folded words of a text, as `foldedWords` reads them, found run by run of non-blank
 * characters: a run of ASCII alone is split and lowercased here, which is what the Unicode steps
 * make of it, and only runs with other characters take those steps (the Unicode normalization and
 * property matches were most of fingerprinting an import's texts). Exact because no step
 * reaches across a blank: decomposition and dropping marks work character by character (a blank
 * is a starter, never reordered past), and the one mapping of case that reads its neighbours
 * (a final sigma) stops at a blank, which is neither cased nor case-ignorable.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let end = i;
    let ascii = true;
    for (; end < n; end++) {
      const code = text.charCodeAt(end);
      if (isBlank(code)) break;
      if (code >= 0x80) ascii = false;
    }
    if (ascii) {
      let start = -1;
      let upper = false;
      for (let k = i; k <= end; k++) {
        const code = k < end ? text.charCodeAt(k) : 0x20;
        const capital = code >= 0x41 && code <= 0x5a;
        const alnum = capital || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
        if (alnum) {
          if (start < 0) start = k;
          upper ||= capital;
        } else if (start >= 0) {
          const word = text.slice(start, k);
          words.push(upper ? word.toLowerCase() : word);
          start = -1;
          upper = false;
        }
      }
    } else {
      const run = text.slice(i, end);
      const folded = run.length <= MAX_FOLDED_LENGTH ? foldedRuns.get(run, null, foldedWords) : foldedWords(run);
      for (const word of folded) words.push(word);
    }
    i = end;
  }
  return words;
}

// Runs with characters beyond ASCII read before: news repeats its words ("für", "Außenminister"),
// and the Unicode steps cost a call each. Only word-sized runs, forgotten all at once when full,
// so the memory stays bounded (a text without blanks is one run).
const MAX_FOLDED_RUNS = 50_000;
const MAX_FOLDED_LENGTH = 64;
const foldedRuns = new CappedMemo<string, readonly string[]>(MAX_FOLDED_RUNS);

/** The words of a text folded as normalizeText folds them (the reference reading). */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}

// Blanks as the ASCII ones: space, tab, line feed, vertical tab, form feed, carriage return.
const isBlank = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** FNV-1a over words[from..to) joined by spaces, without making the joined string (an import hashes millions). */
function fnv1a(words: readonly string[], from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) {
      hash ^= 0x20;
      hash = Math.imul(hash, 0x01000193);
    }
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      hash ^= word.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 0;
}
