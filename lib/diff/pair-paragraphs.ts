import { tokenizeWords } from "./tokenize-words";

export type ParagraphPair = { before?: string; after?: string };

// Two paragraphs sharing at least half their words (Dice coefficient) are "the same paragraph,
// edited"; below that, two unrelated paragraphs of one language match on their function words.
const MIN_SIMILARITY = 0.5;
// The alignment is quadratic; a change this large is a rewrite, where paragraph order is as good a
// pairing as any and the time is better spent on the word diffs.
const MAX_ALIGNMENT_CELLS = 250_000;

/**
 * Pairs the paragraphs removed at one place with those added there, keeping both orders and
 * maximizing total word similarity; paragraphs without a similar partner stay alone (removed ones
 * first). Never throws.
 */
export function pairParagraphs(deleted: readonly string[], inserted: readonly string[]): ParagraphPair[] {
  const rows = deleted.length;
  const cols = inserted.length;
  if (rows * cols > MAX_ALIGNMENT_CELLS) {
    return Array.from({ length: Math.max(rows, cols) }, (_, i) => ({ before: deleted[i], after: inserted[i] }));
  }
  const bags1 = deleted.map(wordBag);
  const bags2 = inserted.map(wordBag);
  // best[i][j]: highest total similarity when aligning deleted[i..] with inserted[j..].
  const best = Array.from({ length: rows + 1 }, () => new Float64Array(cols + 1));
  const at = (i: number, j: number) => best[i]?.[j] ?? 0;
  const similarity = (i: number, j: number) => dice(bags1[i], bags2[j]);
  const pairScore = (i: number, j: number) => {
    const sim = i < rows && j < cols ? similarity(i, j) : 0;
    return sim >= MIN_SIMILARITY ? sim + at(i + 1, j + 1) : -1;
  };
  for (let i = rows - 1; i >= 0; i -= 1) {
    const row = best[i] ?? new Float64Array(0);
    for (let j = cols - 1; j >= 0; j -= 1) row[j] = Math.max(at(i + 1, j), at(i, j + 1), pairScore(i, j));
  }

  const out: ParagraphPair[] = [];
  let alone: { deleted: string[]; inserted: string[] } = { deleted: [], inserted: [] };
  const flushAlone = () => {
    out.push(...alone.deleted.map((before) => ({ before })), ...alone.inserted.map((after) => ({ after })));
    alone = { deleted: [], inserted: [] };
  };
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    const here = at(i, j);
    if (i < rows && j < cols && here === pairScore(i, j)) {
      flushAlone();
      out.push({ before: deleted[i], after: inserted[j] });
      i += 1;
      j += 1;
    } else if (i < rows && (j >= cols || here === at(i + 1, j))) {
      alone.deleted.push(deleted[i] ?? "");
      i += 1;
    } else {
      alone.inserted.push(inserted[j] ?? "");
      j += 1;
    }
  }
  flushAlone();
  return out;
}

function wordBag(paragraph: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of tokenizeWords(paragraph)) {
    if (token.kind !== "word") continue;
    const word = token.text.toLowerCase();
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  return bag;
}

function dice(a: Map<string, number> | undefined, b: Map<string, number> | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let common = 0;
  let total = 0;
  for (const [word, count] of a) {
    common += Math.min(count, b.get(word) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 1 : (2 * common) / total;
}
