import type { DiffKind, DiffSegment, TextRange } from "@/lib/diff";

/** A run of one side of a diff, and whether it lies inside the claim's quote. */
export type DiffPiece = { kind: DiffKind; text: string; inQuote: boolean };

/**
 * One side of a diff for side-by-side display: the text before (`equal` and `delete` runs) or the
 * text after (`equal` and `insert`), cut where the quote `[start, end)` of that side begins and
 * ends, so the page can emphasise the quote inside a sentence whose words are also diffed.
 * Empty runs are dropped. Never throws; a range outside the text marks nothing.
 */
export function sideOfDiff(segments: readonly DiffSegment[], side: "before" | "after", quote: TextRange): DiffPiece[] {
  const skipped: DiffKind = side === "before" ? "insert" : "delete";
  const pieces: DiffPiece[] = [];
  const edges = quote.end > quote.start ? [quote.start, quote.end] : [];
  let pos = 0;
  for (const { kind, text } of segments) {
    if (kind === skipped) continue;
    const end = pos + text.length;
    const cuts = [pos, ...edges.filter((c) => c > pos && c < end), end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i] ?? pos;
      const to = cuts[i + 1] ?? end;
      if (to > from) pieces.push({ kind, text: text.slice(from - pos, to - pos), inQuote: edges.length > 0 && from >= quote.start && to <= quote.end });
    }
    pos = end;
  }
  return pieces;
}
