import { cleanupSemantic, rawDiff } from "./dmp";
import { encodeTokens } from "./encode-tokens";
import type { DiffSegment } from "./schema";
import { snapToBoundaries } from "./snap-to-boundaries";
import { tokenBoundaries } from "./token-boundaries";
import { type Token, tokenizeWords } from "./tokenize-words";

/**
 * Word-level diff: words, whitespace runs and punctuation runs are the units, so a changed figure
 * shows as "fast" → "mehr als" rather than as scattered letters. Each distinct token is mapped to
 * one code unit, diffed, mapped back, then cleaned up semantically; every segment edge is a token
 * edge in both texts. Never throws, for any number of distinct tokens (see encodeTokens).
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const tokens1 = tokenizeWords(before);
  const tokens2 = tokenizeWords(after);
  const { chars1, chars2 } = encodeTokens(
    tokens1.map((t) => t.text),
    tokens2.map((t) => t.text),
  );
  const decoded = decodeTokens(rawDiff(chars1, chars2), tokens1, tokens2);
  return snapToBoundaries(
    cleanupSemantic(decoded),
    tokenBoundaries(tokens1, before.length),
    tokenBoundaries(tokens2, after.length),
  );
}

// Positional, not a lookup: tokens found on one side only share a code, so the code alone does
// not say which token it stood for, but its position in the sequence does.
function decodeTokens(coded: readonly DiffSegment[], tokens1: readonly Token[], tokens2: readonly Token[]): DiffSegment[] {
  let i1 = 0;
  let i2 = 0;
  const join = (tokens: readonly Token[], from: number, count: number) =>
    tokens
      .slice(from, from + count)
      .map((t) => t.text)
      .join("");
  return coded.map(({ kind, text: { length } }) => {
    if (kind === "insert") {
      const text = join(tokens2, i2, length);
      i2 += length;
      return { kind, text };
    }
    const text = join(tokens1, i1, length);
    i1 += length;
    if (kind === "equal") i2 += length;
    return { kind, text };
  });
}
