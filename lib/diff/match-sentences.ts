import type { TextRange } from "./schema";
import { tokenizeWords } from "./tokenize-words";

/** A sentence and the distinct words (lower case) it holds. */
export type SentenceWords = TextRange & { words: ReadonlySet<string> };

/**
 * How alike two sentences must be (weighted Dice coefficient of their words, 0–1) to count as
 * telling the same thing. Measured on our demo event and the seed articles: an edited sentence of
 * one story scores 0.9–1; sentences of independent articles that give the same figure or report
 * the same signing score 0.3–0.4 (in the unit test, "Gewerkschaft könnte mehr als 10.000 Streikende nach
 * Berlin schicken" against "Verdi hat mehr als 10.000 Streikende nach Berlin gebracht");
 * sentences on different matters stay below 0.3, as the words every sentence has ("die", "the")
 * weigh little (see wordWeights).
 */
export const SIMILAR_SENTENCE = 0.3;

/**
 * From this similarity on, two sentences are one sentence edited (a figure corrected, a source
 * named), not two tellings of the same thing, and their word differences mean something. Edited
 * sentences of one story score 0.9–1 in our demo event (0.55–0.8 for short sentences with a
 * hedge and an attribution changed); independent tellings in the seed articles stay below 0.4.
 */
export const EDITED_SENTENCE = 0.5;

/** The sentence of the other text that tells what a base sentence tells, and how alike the two are (0–1). */
export type SentenceMatch = { sentence: SentenceWords; similarity: number };

/** The sentences of a text with their words, for matchSentences. */
export function sentenceWords(text: string, sentences: readonly TextRange[]): SentenceWords[] {
  return sentences.map((range) => {
    const words = new Set<string>();
    for (const token of tokenizeWords(text.slice(range.start, range.end))) if (token.kind === "word") words.add(token.text.toLowerCase());
    return { ...range, words };
  });
}

/**
 * Weight of each word by how few sentences hold it (inverse document frequency over every
 * sentence given): a word in most sentences ("die", "und", "the") says little about what a
 * sentence tells, a rare one (a name, a figure) says much. No word list, so it works for any
 * language.
 */
export function wordWeights(sentences: readonly SentenceWords[]): (word: string) => number {
  const frequency = new Map<string, number>();
  for (const { words } of sentences) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const total = sentences.length;
  const weights = new Map<string, number>();
  for (const [word, count] of frequency) weights.set(word, Math.log(1 + total / count));
  return (word) => weights.get(word) ?? Math.log(1 + total);
}

// A word held by more of the other text's sentences than this (and than a tenth of them) is
// "common": "die" would make every sentence a candidate for every other.
const MIN_COMMON_HOLDERS = 8;

/**
 * For each sentence of `base`, the most similar sentence of `other` with its similarity if it
 * reaches SIMILAR_SENTENCE, else null. Several base sentences may find the same one (a sentence split in
 * two in the other text). A sentence found word for word is taken at once. Otherwise candidates
 * come through the words they share, and only through the less common ones whenever sharing
 * common words alone cannot reach SIMILAR_SENTENCE (they weigh too little): the result is the
 * same as comparing every pair, at a cost that grows with what sentences share.
 */
export function matchSentences(
  base: readonly SentenceWords[],
  other: readonly SentenceWords[],
  weight: (word: string) => number,
  texts?: { base: string; other: string },
): (SentenceMatch | null)[] {
  const holders = new Map<string, number[]>();
  other.forEach(({ words }, i) => {
    for (const word of words) {
      const list = holders.get(word);
      if (list) list.push(i);
      else holders.set(word, [i]);
    }
  });
  const common = Math.max(MIN_COMMON_HOLDERS, other.length / 10);
  const verbatim = new Map<string, SentenceWords>();
  if (texts) for (const sentence of other) verbatim.set(texts.other.slice(sentence.start, sentence.end), sentence);
  const mass = (words: ReadonlySet<string>) => {
    let sum = 0;
    for (const word of words) sum += weight(word);
    return sum;
  };
  const otherMass = other.map((s) => mass(s.words));
  const shared = new Float64Array(other.length);
  return base.map((sentence) => {
    const same = texts ? verbatim.get(texts.base.slice(sentence.start, sentence.end)) : undefined;
    if (same) return { sentence: same, similarity: 1 };
    const baseMass = mass(sentence.words);
    const commonWords = [...sentence.words].filter((word) => (holders.get(word)?.length ?? 0) > common);
    const commonMass = mass(new Set(commonWords));
    // The best a sentence sharing only common words can score: 2s / (baseMass + its mass ≥ s).
    const skipCommon = (2 * commonMass) / (baseMass + commonMass) < SIMILAR_SENTENCE;
    const candidates: number[] = [];
    for (const word of sentence.words) {
      const list = holders.get(word);
      if (!list || (skipCommon && list.length > common)) continue;
      for (const i of list) {
        if (shared[i] === 0) candidates.push(i);
        shared[i]! += weight(word);
      }
    }
    let best: SentenceMatch | null = null;
    for (const i of candidates) {
      const candidate = other[i]!;
      let both = shared[i]!;
      shared[i] = 0;
      if (skipCommon) for (const word of commonWords) if (candidate.words.has(word)) both += weight(word);
      const score = (2 * both) / (baseMass + otherMass[i]!);
      if (score >= SIMILAR_SENTENCE && score > (best?.similarity ?? 0)) best = { sentence: candidate, similarity: score };
    }
    return best;
  });
}
