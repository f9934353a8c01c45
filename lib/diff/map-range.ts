import { beforeLength } from "./before-length";
import { mapOffset } from "./map-offset";
import type { DiffSegment, TextRange } from "./schema";

/**
 * Carries a range `[start, end)` of the text before a diff into the text after: the result spans
 * from the first to the last of its characters that survived, including anything inserted between
 * them but not text inserted just outside its edges. An empty range maps like mapOffset.
 *
 * @returns null when every character of a non-empty range was deleted: the passage is gone and
 *   the caller should fall back to fuzzy quote matching.
 * @throws RangeError when the range is reversed or reaches outside the text before.
 */
export function mapRange(segments: readonly DiffSegment[], range: TextRange): TextRange | null {
  const { start, end } = range;
  const length = beforeLength(segments);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new RangeError(`range [${start}, ${end}) is not within the text before (length ${length})`);
  }
  if (start === end) {
    const at = mapOffset(segments, start);
    return { start: at, end: at };
  }
  let pos1 = 0;
  let pos2 = 0;
  let mappedStart: number | undefined;
  let mappedEnd = 0;
  for (const { kind, text } of segments) {
    if (pos1 >= end) break;
    if (kind === "insert") {
      pos2 += text.length;
      continue;
    }
    const from = Math.max(start, pos1);
    const to = Math.min(end, pos1 + text.length);
    if (kind === "equal") {
      if (from < to) {
        mappedStart ??= pos2 + (from - pos1);
        mappedEnd = pos2 + (to - pos1);
      }
      pos2 += text.length;
    }
    pos1 += text.length;
  }
  return mappedStart === undefined ? null : { start: mappedStart, end: mappedEnd };
}
