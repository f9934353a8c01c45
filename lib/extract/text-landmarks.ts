// Where the line breaks and opening parentheses of a text are, found once per text: the furniture
// and credit checks ask for the line around every figure and the parenthesis before it, and walking
// back character by character (up to a thousand per figure) cost more than any other check of a
// claim's position. Kept for the last text asked about only: extraction asks about one article at a
// time.

/** Offsets of a character in a text, ascending. */
export type Offsets = { at: Int32Array; count: number };

let lastText: string | null = null;
const newlines: Offsets = { at: new Int32Array(0), count: 0 };
const opens: Offsets = { at: new Int32Array(0), count: 0 };

// Refilled in place for each new text: allocating typed arrays per article is slow (see
// scratch-stream.ts).
function fillOffsets(o: Offsets, text: string, char: string): void {
  o.count = 0;
  for (let p = text.indexOf(char); p >= 0; p = text.indexOf(char, p + 1)) {
    if (o.count === o.at.length) {
      const grown = new Int32Array(Math.max(64, o.at.length * 2));
      grown.set(o.at);
      o.at = grown;
    }
    o.at[o.count++] = p;
  }
}

function landmarks(text: string): void {
  if (text === lastText) return;
  fillOffsets(newlines, text, "\n");
  fillOffsets(opens, text, "(");
  lastText = text;
}

/** How many of the offsets lie below `offset` (they are sorted): a binary search. */
function countBelow(o: Offsets, offset: number): number {
  let lo = 0;
  let hi = o.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (o.at[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The greatest offset below `offset`, or -1. */
function lastBelow(o: Offsets, offset: number): number {
  const below = countBelow(o, offset);
  return below > 0 ? o.at[below - 1]! : -1;
}

/** The least offset at or above `offset`, or -1. */
function firstFrom(o: Offsets, offset: number): number {
  const below = countBelow(o, offset);
  return below < o.count ? o.at[below]! : -1;
}

/** The offset of the last line break before `offset` in `text`, or -1. */
export function newlineBefore(text: string, offset: number): number {
  landmarks(text);
  return lastBelow(newlines, offset);
}

/** The offset of the first line break at or after `offset` in `text`, or -1. */
export function newlineFrom(text: string, offset: number): number {
  landmarks(text);
  return firstFrom(newlines, offset);
}

/** The offset of the last "(" before `offset` in `text`, or -1. */
export function openParenBefore(text: string, offset: number): number {
  landmarks(text);
  return lastBelow(opens, offset);
}
