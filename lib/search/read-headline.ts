import type { TextRange } from "./schema";

/** The markers ts_headline puts around matched words: control characters no article text keeps. */
export const HIT_START = "\u0002";
export const HIT_STOP = "\u0003";

/** The text as ts_headline may mark it: the markers replaced by spaces, so offsets stay the same. */
export function withoutMarkers(text: string): string {
  return text.replace(/[\u0002\u0003]/g, " ");
}

/**
 * Reads ts_headline's output (HighlightAll, HIT_START/HIT_STOP as the selectors) back into the
 * ranges it marked, as offsets into the text without the markers. Returns null when the output is
 * not `original` with markers added (so a caller never highlights the wrong words). Never throws.
 */
export function readHeadline(marked: string, original: string): TextRange[] | null {
  const hits: TextRange[] = [];
  let plain = "";
  let open: number | null = null;
  for (const char of marked) {
    if (char === HIT_START) open = plain.length;
    else if (char === HIT_STOP) {
      if (open !== null && plain.length > open) hits.push({ start: open, end: plain.length });
      open = null;
    } else plain += char;
  }
  return plain === original ? hits : null;
}
