import type { DiffSegment } from "./schema";

/** Length of the text before (equal + delete), for validating offsets into it. */
export function beforeLength(segments: readonly DiffSegment[]): number {
  let length = 0;
  for (const s of segments) if (s.kind !== "insert") length += s.text.length;
  return length;
}
