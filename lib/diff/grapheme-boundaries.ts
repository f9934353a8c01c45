import type { IsBoundary } from "./snap-to-boundaries";

// Below U+0300 (combining diacritics start there) no character extends the one before it, so
// Latin text, German umlauts included, never needs the segmenter; CR LF is the one exception.
const NO_EXTENDERS_BELOW = 0x300;
// Past this many code units of non-Latin text around an offset, segmenting the whole text once
// is cheaper than segmenting a window for every offset asked.
const MAX_WINDOW = 256;

/**
 * Predicate for "offset lies between two user-perceived characters" (extended grapheme clusters):
 * never inside a surrogate pair, an emoji ZWJ sequence, a flag, or a letter with combining accent.
 * Intl.Segmenter runs only for offsets next to a non-Latin character, and then only over the
 * window between the nearest two Latin characters on either side (a boundary for certain, see
 * isCertainBoundary), so typographic quotes and dashes in a long Latin text cost next to nothing.
 */
export function graphemeBoundaries(text: string): IsBoundary {
  let whole: Uint8Array | undefined;
  return (offset) => {
    if (offset <= 0 || offset >= text.length) return true;
    if (isCertainBoundary(text, offset)) return true;
    if (whole) return whole[offset] === 1;
    let start = offset - 1;
    while (start > 0 && !isCertainBoundary(text, start)) start -= 1;
    let end = offset + 1;
    while (end < text.length && !isCertainBoundary(text, end)) end += 1;
    if (end - start > MAX_WINDOW) {
      whole = segment(text);
      return whole[offset] === 1;
    }
    for (const { index } of segmenter().segment(text.slice(start, end))) {
      if (start + index === offset) return true;
      if (start + index > offset) return false;
    }
    return false;
  };
}

/**
 * Two characters below U+0300 on either side of an offset are always split (save CR LF): every
 * rule that joins characters (combining marks, ZWJ, prepended marks, Hangul, flags) needs one
 * above it. So the segmenter, started at such an offset, cuts the rest exactly as over the whole.
 */
function isCertainBoundary(text: string, offset: number): boolean {
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return prev < NO_EXTENDERS_BELOW && next < NO_EXTENDERS_BELOW && !(prev === 0x0d && next === 0x0a);
}

let shared: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  shared ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return shared;
}

function segment(text: string): Uint8Array {
  const flags = new Uint8Array(text.length + 1);
  for (const { index } of segmenter().segment(text)) flags[index] = 1;
  flags[text.length] = 1;
  return flags;
}
