import { beforeLength } from "./before-length";
import { xIndex } from "./dmp";
import type { DiffSegment } from "./schema";

/**
 * Carries a UTF-16 offset in the text before a diff to the corresponding offset in the text after,
 * with diff_xIndex semantics: an offset inside a deletion maps to where the deletion was, and an
 * offset where text was inserted maps past the insertion (a claim starting at "cat" still starts
 * at "cat" after "The cat" became "The big cat").
 *
 * @throws RangeError when the offset is not an integer between 0 and the length of the text before.
 */
export function mapOffset(segments: readonly DiffSegment[], offset: number): number {
  const length = beforeLength(segments);
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`offset ${offset} is outside the text before (length ${length})`);
  }
  return xIndex(segments, offset);
}
