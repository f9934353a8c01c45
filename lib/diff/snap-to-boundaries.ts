import type { DiffSegment } from "./schema";

/** Whether a UTF-16 offset may end one diff segment and start the next. */
export type IsBoundary = (offset: number) => boolean;

type Change = { deleted: string; inserted: string };

/**
 * Moves every segment edge onto an offset that is a boundary in both texts, by shrinking
 * equalities (the edits grow by the same text on both sides, so the result still reconstructs
 * both texts). diff-match-patch works on UTF-16 code units and its cleanups factor out common
 * prefixes character by character, so "😀" vs "😁" (which share a high surrogate) or "Tausend" vs
 * "Tausende" would otherwise be split inside a character or a word.
 *
 * Output is normalized: no empty segments, no two adjacent segments of the same kind, and within
 * each change the deletion comes before the insertion.
 */
export function snapToBoundaries(
  segments: readonly DiffSegment[],
  isBoundaryBefore: IsBoundary,
  isBoundaryAfter: IsBoundary,
): DiffSegment[] {
  const out: DiffSegment[] = [];
  let change: Change = { deleted: "", inserted: "" };
  let pos1 = 0;
  let pos2 = 0;
  const bothAt = (k: number) => isBoundaryBefore(pos1 + k) && isBoundaryAfter(pos2 + k);
  const flush = () => {
    if (change.deleted) out.push({ kind: "delete", text: change.deleted });
    if (change.inserted) out.push({ kind: "insert", text: change.inserted });
    change = { deleted: "", inserted: "" };
  };

  for (const segment of segments) {
    const { text } = segment;
    if (segment.kind === "delete") {
      change.deleted += text;
      pos1 += text.length;
      continue;
    }
    if (segment.kind === "insert") {
      change.inserted += text;
      pos2 += text.length;
      continue;
    }
    let start = 0;
    while (start < text.length && !bothAt(start)) start += 1;
    let end = text.length;
    while (end > start && !bothAt(end)) end -= 1;
    change.deleted += text.slice(0, start);
    change.inserted += text.slice(0, start);
    if (end > start) {
      flush();
      out.push({ kind: "equal", text: text.slice(start, end) });
    }
    change.deleted += text.slice(end);
    change.inserted += text.slice(end);
    pos1 += text.length;
    pos2 += text.length;
  }
  flush();
  return mergeEqualities(out);
}

// Two equalities become neighbours when the change between them was empty; join them.
function mergeEqualities(segments: DiffSegment[]): DiffSegment[] {
  const merged: DiffSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last?.kind === "equal" && segment.kind === "equal") last.text += segment.text;
    else merged.push(segment);
  }
  return merged;
}
