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
  const words =
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toUpperCase()
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) shingles.add(fnv1a(words, i, Math.min(i + SHINGLE_WORDS, words.length)));
  return shingles;
}

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
