import { rawDiff } from "./dmp";
import { encodeTokens } from "./encode-tokens";
import type { SegmentWriter } from "./segment-writer";
import { type Token, tokenizeWords } from "./tokenize-words";

type Stretch = {
  writer: SegmentWriter;
  text1: string;
  text2: string;
  tokens1: readonly Token[];
  tokens2: readonly Token[];
};

/**
 * Writes the word diff of `before` and `after` (two stretches of the texts being diffed, at the
 * writer's position) to `writer`, aligning in three rounds, each within the gaps of the last:
 *
 * 1. Words: the longest common subsequence of the two texts' words stays equal, so no word that
 *    both share in the same order is struck and written again ("mehr als 10.000" vs "fast 10.000"
 *    keeps "10.000"). A word here is what a reader takes for one: letters and digits, with the
 *    punctuation inside it ("10.000", "Baden-Württemberg", "U.S"), so "10.000" against "11,000" is one
 *    figure replaced, not "10." and "11," around a shared "000".
 * 2. Punctuation between words (commas, full stops, quotes, dashes), likewise, so two replaced
 *    clauses keep the comma between them.
 * 3. What is left between two aligned pieces changes as a whole, except where it begins or ends
 *    alike (spaces, or ")." against ")"), never reaching into a word: so a replaced phrase reads
 *    "mehr als" → "fast", not as scattered words with the spaces between them kept.
 */
export function alignWords(writer: SegmentWriter, before: string, after: string): void {
  const stretch: Stretch = { writer, text1: before, text2: after, tokens1: tokenizeWords(before), tokens2: tokenizeWords(after) };
  alignBy(stretch, findWords, 0, stretch.tokens1.length, 0, stretch.tokens2.length, (from1, to1, from2, to2) =>
    alignBy(stretch, findPunctuation, from1, to1, from2, to2, (f1, t1, f2, t2) => writeGap(stretch, f1, t1, f2, t2)),
  );
}

/** A run of tokens aligned as one: tokens[from..to), and its text. */
type Piece = { from: number; to: number; text: string };
/** The pieces one round aligns among tokens[from..to) of a text. */
type Round = (text: string, tokens: readonly Token[], from: number, to: number) => Piece[];
type WriteGap = (from1: number, to1: number, from2: number, to2: number) => void;

/** Words, with the punctuation that joins word to word without a space ("10.000"). */
const findWords: Round = (text, tokens, from, to) => {
  const pieces: Piece[] = [];
  let i = from;
  while (i < to) {
    if (tokens[i]!.kind !== "word") {
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i + 1 < to && tokens[i]!.kind === "symbol" && tokens[i + 1]!.kind === "word") i += 2;
    pieces.push({ from: start, to: i, text: text.slice(tokens[start]!.start, tokens[i - 1]!.end) });
  }
  return pieces;
};

/** Punctuation between words; what joins two words belongs to them (see findWords). */
const findPunctuation: Round = (_text, tokens, from, to) => {
  const pieces: Piece[] = [];
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (token.kind === "symbol" && !(tokens[i - 1]?.kind === "word" && tokens[i + 1]?.kind === "word")) {
      pieces.push({ from: i, to: i + 1, text: token.text });
    }
  }
  return pieces;
};

/**
 * Aligns the pieces that `round` finds within tokens1[from1..to1) and tokens2[from2..to2) (the
 * longest common subsequence of their texts), writing each gap with `writeGap` and each aligned
 * piece as equal.
 */
function alignBy(stretch: Stretch, round: Round, from1: number, to1: number, from2: number, to2: number, writeGap: WriteGap): void {
  const { text1, text2, tokens1, tokens2, writer } = stretch;
  const pieces1 = round(text1, tokens1, from1, to1);
  const pieces2 = pieces1.length === 0 ? [] : round(text2, tokens2, from2, to2);
  let next1 = from1;
  let next2 = from2;
  if (pieces2.length > 0) {
    const { chars1, chars2 } = encodeTokens(
      pieces1.map((p) => p.text),
      pieces2.map((p) => p.text),
    );
    let p1 = 0;
    let p2 = 0;
    // One code unit per piece (see encodeTokens): lengths count pieces.
    for (const { kind, text } of rawDiff(chars1, chars2)) {
      if (kind === "delete") p1 += text.length;
      else if (kind === "insert") p2 += text.length;
      else {
        for (let k = 0; k < text.length; k += 1) {
          const piece1 = pieces1[p1 + k]!;
          const piece2 = pieces2[p2 + k]!;
          writeGap(next1, piece1.from, next2, piece2.from);
          writer.equal(piece1.text.length);
          next1 = piece1.to;
          next2 = piece2.to;
        }
        p1 += text.length;
        p2 += text.length;
      }
    }
  }
  writeGap(next1, to1, next2, to2);
}

/**
 * Writes tokens1[from1..to1) against tokens2[from2..to2), where nothing is aligned: their common
 * beginning and end, character by character but never into a word, stay equal; the rest changes.
 */
function writeGap({ writer, text1, text2, tokens1, tokens2 }: Stretch, from1: number, to1: number, from2: number, to2: number): void {
  const start1 = offsetAt(tokens1, from1, text1.length);
  const start2 = offsetAt(tokens2, from2, text2.length);
  const end1 = offsetAt(tokens1, to1, text1.length);
  const end2 = offsetAt(tokens2, to2, text2.length);
  const words1 = wordSpan(tokens1, from1, to1, start1, end1);
  const words2 = wordSpan(tokens2, from2, to2, start2, end2);

  let prefix = 0;
  const prefixLimit = Math.min(words1.first - start1, words2.first - start2);
  while (prefix < prefixLimit && text1.charCodeAt(start1 + prefix) === text2.charCodeAt(start2 + prefix)) prefix += 1;
  if (isInsidePair(text1, start1 + prefix) || isInsidePair(text2, start2 + prefix)) prefix -= 1;

  let suffix = 0;
  const suffixLimit = Math.min(end1 - Math.max(words1.last, start1 + prefix), end2 - Math.max(words2.last, start2 + prefix));
  while (suffix < suffixLimit && text1.charCodeAt(end1 - suffix - 1) === text2.charCodeAt(end2 - suffix - 1)) suffix += 1;
  if (isInsidePair(text1, end1 - suffix) || isInsidePair(text2, end2 - suffix)) suffix -= 1;

  writer.equal(prefix);
  writer.remove(end1 - start1 - prefix - suffix);
  writer.insert(end2 - start2 - prefix - suffix);
  writer.equal(suffix);
}

/** Offset where token `index` starts, or `length` past the last token. */
function offsetAt(tokens: readonly Token[], index: number, length: number): number {
  return tokens[index]?.start ?? length;
}

/**
 * Where the first word of tokens[from..to) starts and the last one ends; with no word there,
 * `first` is the gap's end and `last` its start, so the common beginning and end may take it all.
 */
function wordSpan(tokens: readonly Token[], from: number, to: number, start: number, end: number): { first: number; last: number } {
  let first = end;
  for (let i = from; i < to; i += 1) {
    if (tokens[i]!.kind === "word") {
      first = tokens[i]!.start;
      break;
    }
  }
  let last = start;
  for (let i = to - 1; i >= from; i -= 1) {
    if (tokens[i]!.kind === "word") {
      last = tokens[i]!.end;
      break;
    }
  }
  return { first, last };
}

/** Whether an offset falls between the two halves of a surrogate pair. */
function isInsidePair(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
