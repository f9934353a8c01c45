import { diffWords } from "./diff-words";
import type { DiffSegment } from "./schema";
import { tokenizeWords } from "./tokenize-words";

/** A word (or punctuation run) of the base text and how many other texts differ at it. */
export type BaseWord = { text: string; start: number; end: number; differingCount: number };

export type BaseComparison = {
  /** diffWords(base, other) for each other text, in the order given. */
  segmentsPerOther: DiffSegment[][];
  /** Every non-whitespace token of the base, in order; the gaps between them are whitespace. */
  baseWords: BaseWord[];
};

/**
 * N-way comparison over one base text, as in Juxta's heat map: every other text is diffed against
 * the base, and each base word counts the other texts that differ there. A word differs when it
 * was deleted or replaced; text inserted where the base has nothing marks the base word that
 * follows the insertion (or the last word, for an insertion at the very end), so additions show
 * on the map too. Never throws; with no other texts every count is 0.
 */
export function diffAgainstBase(base: string, others: readonly string[]): BaseComparison {
  const words = tokenizeWords(base).filter((t) => t.kind !== "space");
  const counts = new Uint32Array(words.length);
  const segmentsPerOther = others.map((other) => {
    const segments = diffWords(base, other);
    for (const index of differingWords(segments, words)) counts[index] = (counts[index] ?? 0) + 1;
    return segments;
  });
  return {
    segmentsPerOther,
    baseWords: words.map(({ text, start, end }, i) => ({ text, start, end, differingCount: counts[i] ?? 0 })),
  };
}

type Span = { start: number; end: number };

/** Indexes of the base words that one diff marks, each at most once. */
function differingWords(segments: readonly DiffSegment[], words: readonly Span[]): Set<number> {
  const marked = new Set<number>();
  let pos = 0;
  let changeStart = 0;
  let changed = false;
  const closeChange = () => {
    if (changed) markChange(words, changeStart, pos, marked);
    changed = false;
  };
  for (const { kind, text } of segments) {
    if (kind === "equal") {
      closeChange();
      pos += text.length;
      changeStart = pos;
      continue;
    }
    changed = true;
    if (kind === "delete") pos += text.length;
  }
  closeChange();
  return marked;
}

function markChange(words: readonly Span[], start: number, end: number, marked: Set<number>): void {
  let overlapped = false;
  for (let i = firstIndex(words, (w) => w.end > start); i < words.length && (words[i]?.start ?? end) < end; i += 1) {
    marked.add(i);
    overlapped = true;
  }
  if (overlapped || words.length === 0) return;
  // Nothing of a word was removed (a pure insertion, or only whitespace changed).
  marked.add(Math.min(firstIndex(words, (w) => w.start >= start), words.length - 1));
}

/** Index of the first word satisfying a predicate that is monotonic over the sorted words. */
function firstIndex(words: readonly Span[], test: (word: Span) => boolean): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const word = words[mid];
    if (word !== undefined && test(word)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
