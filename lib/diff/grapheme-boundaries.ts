import type { IsBoundary } from "./snap-to-boundaries";

// Below U+0300 (combining diacritics start there) no character extends the one before it, so
// Latin text, German umlauts included, never needs the segmenter; CR LF is the one exception.
const NO_EXTENDERS_BELOW = 0x300;

/**
 * Predicate for "offset lies between two user-perceived characters" (extended grapheme clusters):
 * never inside a surrogate pair, an emoji ZWJ sequence, a flag, or a letter with combining accent.
 * Intl.Segmenter runs once, lazily, and only if an offset near a non-Latin character is asked.
 */
export function graphemeBoundaries(text: string): IsBoundary {
  let boundaries: Uint8Array | undefined;
  return (offset) => {
    if (offset <= 0 || offset >= text.length) return true;
    const prev = text.charCodeAt(offset - 1);
    const next = text.charCodeAt(offset);
    if (prev < NO_EXTENDERS_BELOW && next < NO_EXTENDERS_BELOW) return !(prev === 0x0d && next === 0x0a);
    boundaries ??= segment(text);
    return boundaries[offset] === 1;
  };
}

function segment(text: string): Uint8Array {
  const flags = new Uint8Array(text.length + 1);
  for (const { index } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) flags[index] = 1;
  flags[text.length] = 1;
  return flags;
}
