import { expect } from "vitest";
import type { DiffSegment } from "./schema";
import { textsOfSegments } from "./texts-of-segments";

// Shared by the property tests of every diff function: what any result must satisfy.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Reconstructs both texts, has no empty or repeated-kind neighbours, and splits no surrogate pair. */
export function expectWellFormed(segments: readonly DiffSegment[], before: string, after: string): void {
  expect(textsOfSegments(segments)).toEqual({ before, after });
  segments.forEach((segment, i) => {
    expect(segment.text.length).toBeGreaterThan(0);
    expect(segment.kind).not.toBe(segments[i + 1]?.kind);
    if (!LONE_SURROGATE.test(before) && !LONE_SURROGATE.test(after)) {
      expect(LONE_SURROGATE.test(segment.text)).toBe(false);
    }
  });
}
