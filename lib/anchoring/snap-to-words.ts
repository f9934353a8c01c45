/** Letters, marks and digits of any script, and either half of a surrogate pair (never split one). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\uD800-\uDFFF]/u;
/** Characters that join two word characters into one word: "10.000", "1,5", "don't", "Schulte-Wessel". */
const JOINER = /['’.,\-‐]/;

function isWordAt(text: string, i: number): boolean {
  const char = text[i];
  if (char === undefined) return false;
  if (WORD_CHAR.test(char)) return true;
  return JOINER.test(char) && WORD_CHAR.test(text[i - 1] ?? "") && WORD_CHAR.test(text[i + 1] ?? "");
}

/**
 * The selection `text[start, end)` grown to whole words and stripped of surrounding white space,
 * as a reader expects when they drag across part of a word; null when nothing but white space
 * was selected. Offsets are UTF-16 code units, clamped to the text.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  if (from === to) return null;
  while (from > 0 && isWordAt(text, from - 1) && isWordAt(text, from)) from -= 1;
  while (to < text.length && isWordAt(text, to - 1) && isWordAt(text, to)) to += 1;
  return { start: from, end: to };
}
