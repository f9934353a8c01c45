import type { DiffSegment } from "./schema";

/** The two texts a diff was computed from: `before` = equal + delete, `after` = equal + insert. */
export function textsOfSegments(segments: readonly DiffSegment[]): { before: string; after: string } {
  let before = "";
  let after = "";
  for (const { kind, text } of segments) {
    if (kind !== "insert") before += text;
    if (kind !== "delete") after += text;
  }
  return { before, after };
}
