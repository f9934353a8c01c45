// The only file that imports diff-match-patch: everything it returns is converted to DiffSegment
// here, so its numeric ops and [op, text] tuples never leave lib/diff.
import DiffMatchPatch from "diff-match-patch";
import type { DiffKind, DiffSegment } from "./schema";

/**
 * Diff_Timeout in seconds; 0 means "no timeout".
 *
 * With the library's default of one second, a run that hits the deadline returns a coarser diff,
 * so the same two texts diff differently depending on how busy the machine is: a claim could
 * follow a revision on a developer laptop and lose its place under load in production, and tests
 * would flake. So: no timeout, and the same diff everywhere. The price is paid in time, never in
 * quality. Articles go through diffWords, which diffs whole lines first and words only within
 * changed lines; measured on the development machine, two 50 KB revisions of one article take
 * ~2 ms, and two independently written 50 KB texts (nearly every word differs) ~0.5 s: there is
 * little speed to buy back with nondeterminism.
 * Character-level diffs are meant for quotes and paragraphs, not whole articles.
 */
const DIFF_TIMEOUT_SECONDS = 0;

const engine = new DiffMatchPatch();
engine.Diff_Timeout = DIFF_TIMEOUT_SECONDS;

type Tuple = [number, string];

const KIND_OF_OP = new Map<number, DiffKind>([
  [DiffMatchPatch.DIFF_EQUAL, "equal"],
  [DiffMatchPatch.DIFF_INSERT, "insert"],
  [DiffMatchPatch.DIFF_DELETE, "delete"],
]);
const OP_OF_KIND: Record<DiffKind, number> = {
  equal: DiffMatchPatch.DIFF_EQUAL,
  insert: DiffMatchPatch.DIFF_INSERT,
  delete: DiffMatchPatch.DIFF_DELETE,
};

function toSegments(tuples: Tuple[]): DiffSegment[] {
  return tuples.map(([op, text]) => {
    const kind = KIND_OF_OP.get(op);
    if (kind === undefined) throw new Error(`diff-match-patch returned unknown op ${op}`);
    return { kind, text };
  });
}

function toTuples(segments: readonly DiffSegment[]): Tuple[] {
  return segments.map((s) => [OP_OF_KIND[s.kind], s.text]);
}

/** Minimal diff of two strings, code unit by code unit, without any cleanup. */
export function rawDiff(before: string, after: string): DiffSegment[] {
  // checklines=false: the line-mode speedup has the same 65,535-line alphabet limit we avoid in
  // diffWords, and paragraphs are aligned separately by alignParagraphs.
  return toSegments(engine.diff_main(before, after, false));
}

/** diff_cleanupSemantic on a copy: the library mutates its argument in place. */
export function cleanupSemantic(segments: readonly DiffSegment[]): DiffSegment[] {
  const tuples = toTuples(segments);
  engine.diff_cleanupSemantic(tuples);
  return toSegments(tuples);
}

/** diff_xIndex: the offset in the text after that corresponds to `offset` in the text before. */
export function xIndex(segments: readonly DiffSegment[], offset: number): number {
  return engine.diff_xIndex(toTuples(segments), offset);
}
