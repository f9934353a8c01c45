import { diffWords } from "./diff-words";
import { rawDiff } from "./dmp";
import { encodeTokens } from "./encode-tokens";
import { pairParagraphs, type ParagraphPair } from "./pair-paragraphs";
import type { DiffSegment } from "./schema";

/** One row of a side-by-side view; a missing side means the paragraph exists in one text only. */
export type ParagraphRow = { before?: string; after?: string; segments: DiffSegment[] };

/**
 * Lines up the paragraphs (separated by blank lines, trimmed) of two texts for side-by-side
 * display: unchanged paragraphs face each other, an edited paragraph faces its new version with a
 * word diff, and added or removed ones get a row with one side empty. Never throws.
 */
export function alignParagraphs(before: string, after: string): ParagraphRow[] {
  return pairUpParagraphs(before, after).map(diffParagraphPair);
}

/**
 * The rows of `alignParagraphs` before their word diffs: cheap next to the diffs, so a long
 * comparison can be paged and only the rows shown diffed (with `diffParagraphPair`).
 */
export function pairUpParagraphs(before: string, after: string): ParagraphPair[] {
  const paragraphs1 = splitParagraphs(before);
  const paragraphs2 = splitParagraphs(after);
  const { chars1, chars2 } = encodeTokens(paragraphs1, paragraphs2);
  const rows: ParagraphPair[] = [];
  let i1 = 0;
  let i2 = 0;
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flushChange = () => {
    rows.push(...pairParagraphs(deleted, inserted));
    deleted = [];
    inserted = [];
  };
  for (const { kind, text } of rawDiff(chars1, chars2)) {
    // Each code unit stands for one paragraph (see encodeTokens), so lengths are paragraph counts.
    if (kind === "delete") {
      deleted.push(...paragraphs1.slice(i1, (i1 += text.length)));
    } else if (kind === "insert") {
      inserted.push(...paragraphs2.slice(i2, (i2 += text.length)));
    } else {
      flushChange();
      for (const paragraph of paragraphs1.slice(i1, (i1 += text.length))) rows.push({ before: paragraph, after: paragraph });
      i2 += text.length;
    }
  }
  flushChange();
  return rows;
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[^\S\r\n]*(?:\r?\n\s*)+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** One row of a side-by-side view: the word diff of a pair of paragraphs (equal ones are not diffed). */
export function diffParagraphPair({ before, after }: ParagraphPair): ParagraphRow {
  if (before !== undefined && before === after) return { before, after, segments: [{ kind: "equal", text: before }] };
  if (before !== undefined && after !== undefined) return { before, after, segments: diffWords(before, after) };
  if (before !== undefined) return { before, segments: [{ kind: "delete", text: before }] };
  if (after !== undefined) return { after, segments: [{ kind: "insert", text: after }] };
  return { segments: [] };
}
