import type { Segment, TextRange } from "./schema";

/**
 * The part `range` of `text` as segments, the parts inside `hits` marked; "…" before and after
 * where the range was cut out of a longer sentence. Hits outside the range are ignored, parts of
 * hits inside it kept; adjacent runs of the same kind are merged. Never throws.
 */
export function highlightSegments(
  text: string,
  range: TextRange,
  hits: readonly TextRange[],
  cut: { before: boolean; after: boolean } = { before: false, after: false },
): Segment[] {
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  const marked = new Array<boolean>(end - start).fill(false);
  for (const hit of hits) for (let i = Math.max(hit.start, start); i < Math.min(hit.end, end); i++) marked[i - start] = true;
  const segments: Segment[] = cut.before ? [{ text: "…", hit: false }] : [];
  for (let i = start; i < end; ) {
    const hit = marked[i - start] ?? false;
    let j = i + 1;
    while (j < end && (marked[j - start] ?? false) === hit) j++;
    segments.push({ text: text.slice(i, j), hit });
    i = j;
  }
  if (cut.after) segments.push({ text: "…", hit: false });
  return segments;
}
