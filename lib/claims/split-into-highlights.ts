export type HighlightRange = { id: string; start: number; end: number };
export type HighlightRun = { text: string; start: number; end: number; ids: string[] };

/**
 * Cuts a stretch of text (starting at `offset` in the revision) into runs, each covered by the
 * same set of highlight ranges, so overlapping claims can be drawn as nested marks. Ranges
 * outside the stretch are ignored; parts of ranges inside it are kept.
 */
export function splitIntoHighlights(text: string, offset: number, ranges: HighlightRange[]): HighlightRun[] {
  const end = offset + text.length;
  const inside = ranges.filter((r) => r.end > offset && r.start < end);
  const cuts = new Set([offset, end]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, offset));
    cuts.add(Math.min(r.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: HighlightRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const ids = inside.filter((r) => r.start <= from && r.end >= to).map((r) => r.id);
    runs.push({ text: text.slice(from - offset, to - offset), start: from, end: to, ids });
  }
  return runs;
}
