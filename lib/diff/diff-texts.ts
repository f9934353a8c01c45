import { cleanupSemantic, rawDiff } from "./dmp";
import { graphemeBoundaries } from "./grapheme-boundaries";
import type { DiffSegment } from "./schema";
import { snapToBoundaries } from "./snap-to-boundaries";

/**
 * Character-level diff with semantic cleanup (edits are grown to readable chunks rather than
 * scattered single letters). Segment edges always fall between user-perceived characters, so
 * emoji and other characters outside the BMP are never split. Never throws.
 */
export function diffTexts(before: string, after: string): DiffSegment[] {
  return snapToBoundaries(
    cleanupSemantic(rawDiff(before, after)),
    graphemeBoundaries(before),
    graphemeBoundaries(after),
  );
}
