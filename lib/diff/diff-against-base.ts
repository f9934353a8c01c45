import { diffWords } from "./diff-words";
import { EDITED_SENTENCE, matchSentences, sentenceWords, wordWeights } from "./match-sentences";
import type { DiffSegment } from "./schema";
import { splitSentences } from "./split-sentences";
import { tokenizeWords } from "./tokenize-words";

/** A word (or punctuation run) of the base text and how many other texts differ at it. */
export type BaseWord = { text: string; start: number; end: number; differingCount: number };

/** A sentence of the base text and how many other texts have a similar sentence. */
export type BaseSentence = { start: number; end: number; similarIn: number };

export type BaseComparison = {
  /** How many texts were compared with the base. */
  others: number;
  /** The base's sentences, in order; every word lies in one. */
  sentences: BaseSentence[];
  /** Every non-whitespace token of the base, in order; the gaps between them are whitespace. */
  baseWords: BaseWord[];
};

/**
 * N-way comparison over one base text, a heat map in the manner of Juxta's, sentence by sentence
 * so that it means something for independently written articles as well as for versions of one
 * story. For each other text, each base sentence looks for its most similar sentence there (see
 * matchSentences):
 * - none: that text does not tell this sentence, and every word of it counts as differing;
 * - a telling of its own (similar, but below EDITED_SENTENCE): the text tells it too, in its own
 *   words, and nothing counts: word by word, two independent sentences differ almost everywhere;
 * - the same sentence edited: the two are diffed word by word, and the base words deleted or
 *   replaced count as differing; text inserted where the base has nothing marks the base word
 *   after it (or the sentence's last word), so additions show too.
 * Independent articles thus show which sentences no other article tells, and versions of one
 * story show their word-level edits. Never throws; with no other texts every count is 0.
 */
export function diffAgainstBase(base: string, others: readonly string[]): BaseComparison {
  const texts = [base, ...others];
  const sentencesOf = texts.map((text) => sentenceWords(text, splitSentences(text)));
  const weight = wordWeights(sentencesOf.flat());
  const baseSentences = sentencesOf[0] ?? [];
  const words = tokenizeWords(base).filter((t) => t.kind !== "space");
  const counts = new Uint32Array(words.length);
  const similarIn = new Uint32Array(baseSentences.length);
  // Index range of the base words of each sentence (sentences and words are both in order).
  const wordRanges: { from: number; to: number }[] = [];
  let w = 0;
  for (const sentence of baseSentences) {
    while (w < words.length && words[w]!.start < sentence.start) w += 1;
    const from = w;
    while (w < words.length && words[w]!.end <= sentence.end) w += 1;
    wordRanges.push({ from, to: w });
  }

  others.forEach((other, o) => {
    const matches = matchSentences(baseSentences, sentencesOf[o + 1] ?? [], weight, { base, other });
    baseSentences.forEach((sentence, s) => {
      const { from, to } = wordRanges[s]!;
      const match = matches[s];
      if (!match) {
        for (let i = from; i < to; i += 1) counts[i]! += 1;
        return;
      }
      similarIn[s]! += 1;
      if (match.similarity < EDITED_SENTENCE) return;
      const mine = base.slice(sentence.start, sentence.end);
      const theirs = other.slice(match.sentence.start, match.sentence.end);
      if (mine === theirs) return;
      const local = words.slice(from, to).map((word) => ({ start: word.start - sentence.start, end: word.end - sentence.start }));
      for (const index of differingWords(diffWords(mine, theirs), local)) counts[from + index]! += 1;
    });
  });

  return {
    others: others.length,
    sentences: baseSentences.map(({ start, end }, s) => ({ start, end, similarIn: similarIn[s] ?? 0 })),
    baseWords: words.map(({ text, start, end }, i) => ({ text, start, end, differingCount: counts[i] ?? 0 })),
  };
}

type Span = { start: number; end: number };

/** Indexes of the words that one diff marks, each at most once. */
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
