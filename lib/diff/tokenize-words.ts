/** One token of a text: a word, a run of whitespace, or a run of punctuation and symbols. */
export type Token = {
  text: string;
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  kind: "word" | "space" | "symbol";
};

// Bit flags of a code point; a symbol is whatever has none of LETTER, MARK and SPACE.
const LETTER = 1;
const MARK = 2;
const SPACE = 4;
/** Chinese and Japanese script: a token of its own when a token starts there (see below). */
const SPACELESS = 8;

// Chinese and Japanese do not separate words with spaces, so a run of their letters would be one
// "word" the length of a sentence. Each ideograph or kana is its own token instead: coarser than a
// dictionary segmenter, but exact, fast, and never wrong about where a character ends.
const IS_SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const IS_LETTER = /[\p{L}\p{N}]/u;
const IS_MARK = /\p{M}/u;
const IS_SPACE = /\s/u;

// Unicode property tests are the slow part of tokenizing, so each code point is classified once.
const flagCache = new Map<number, number>();

function flagsOf(codePoint: number): number {
  if (codePoint < 128) {
    if ((codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 48 && codePoint <= 57)) {
      return LETTER;
    }
    return codePoint === 32 || (codePoint >= 9 && codePoint <= 13) ? SPACE : 0;
  }
  let flags = flagCache.get(codePoint);
  if (flags === undefined) {
    const char = String.fromCodePoint(codePoint);
    flags =
      (IS_LETTER.test(char) ? LETTER : 0) |
      (IS_MARK.test(char) ? MARK : 0) |
      (IS_SPACE.test(char) ? SPACE : 0) |
      (IS_SPACELESS.test(char) ? SPACELESS : 0);
    flagCache.set(codePoint, flags);
  }
  return flags;
}

type Run = "space" | "spaceless" | "word" | "symbol";

/** Whether a code point with `flags` extends a token of kind `run`. */
function continues(run: Run, flags: number): boolean {
  switch (run) {
    case "space":
      return (flags & SPACE) !== 0;
    case "spaceless":
      return (flags & MARK) !== 0;
    case "word":
      return (flags & (LETTER | MARK)) !== 0 && (flags & SPACELESS) === 0;
    case "symbol":
      // Symbols, and marks riding on them (emoji variation selectors, ZWJ sequences).
      return (flags & (LETTER | SPACE)) === 0;
  }
}

/**
 * Splits a text into words, whitespace runs and punctuation runs that concatenate back to it.
 * It steps by code point, so no token ends between the halves of a surrogate pair; combining
 * marks (accents, emoji variation selectors) stay with the character before them, and a run of
 * symbols keeps a whole emoji sequence (ZWJ joins, flags, skin tones) in one token.
 * Never throws; the empty string has no tokens.
 */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const first = text.codePointAt(i)!;
    const flags = flagsOf(first);
    const run: Run =
      flags & SPACE ? "space" : flags & SPACELESS ? "spaceless" : flags & (LETTER | MARK) ? "word" : "symbol";
    i += first > 0xffff ? 2 : 1;
    while (i < n) {
      const codePoint = text.codePointAt(i)!;
      if (!continues(run, flagsOf(codePoint))) break;
      i += codePoint > 0xffff ? 2 : 1;
    }
    const kind = run === "space" || run === "symbol" ? run : "word";
    tokens.push({ text: text.slice(start, i), start, end: i, kind });
  }
  return tokens;
}
