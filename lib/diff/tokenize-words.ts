/** One token of a text: a word, a run of whitespace, or a run of punctuation and symbols. */
export type Token = {
  text: string;
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  kind: "word" | "space" | "symbol";
};

// Chinese and Japanese do not separate words with spaces, so a run of their letters would be one
// "word" the length of a sentence. Each ideograph or kana is its own token instead: coarser than a
// dictionary segmenter, but exact, fast, and never wrong about where a character ends.
const SPACELESS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const LETTER = String.raw`\p{L}\p{N}\p{M}`;

// The `u` flag makes every class match whole code points, so no token can end between the two
// halves of a surrogate pair; combining marks (accents, emoji variation selectors) stay with the
// character before them. The alternatives cover every code point, so tokens always tile the text.
const TOKEN = new RegExp(
  [
    String.raw`(?<word>[${SPACELESS}]\p{M}*|(?:(?![${SPACELESS}])[${LETTER}])+)`,
    String.raw`(?<space>\s+)`,
    // Emoji joined by ZWJ, flags (pairs of regional indicators) and skin-tone modifiers are all
    // non-letters, so a run keeps a whole emoji sequence in one token.
    String.raw`(?<symbol>(?:[^${LETTER}\s]\p{M}*)+)`,
  ].join("|"),
  "gu",
);

/**
 * Splits a text into words, whitespace runs and punctuation runs that concatenate back to it.
 * Never throws; the empty string has no tokens.
 */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const value = match[0];
    const kind = match.groups?.word !== undefined ? "word" : match.groups?.space !== undefined ? "space" : "symbol";
    tokens.push({ text: value, start, end: start + value.length, kind });
  }
  return tokens;
}
