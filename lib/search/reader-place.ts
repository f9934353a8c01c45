import type { TextRange } from "./schema";

/** The reader at a place of one revision: it scrolls to `#hit` and highlights the range. */
export function readerHref(articleId: string, revision: number, at: TextRange): string {
  return `/articles/${articleId}?revision=${revision}&at=${at.start}-${at.end}#hit`;
}

/** The reader's `at` parameter ("120-164") as a range, or null when it is absent or not one. */
export function parseReaderPlace(value: unknown): TextRange | null {
  const text = Array.isArray(value) ? value[0] : value;
  const match = typeof text === "string" ? /^(\d{1,9})-(\d{1,9})$/.exec(text) : null;
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
