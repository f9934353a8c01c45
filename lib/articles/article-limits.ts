import { formatCount } from "./format-count";

/**
 * What a reader can use. A news article, even a long report, has a few hundred paragraphs of at
 * most a few thousand characters; a file past these limits is a log, a word list or an attack
 * (one 2 MB file of a million one-letter lines rendered 154 MB of HTML), and no one reads it here.
 */
export const ARTICLE_LIMITS = {
  /** Lines that hold text: each is a paragraph in the reader. */
  maxLines: 10_000,
  /** Characters in one line (one paragraph): about 8,000 words. */
  maxLineCharacters: 50_000,
} as const;

/**
 * Why no reader can use `text`, naming the limit in words, or null when it is within the limits.
 * One pass over the text, stopping at the first line past a limit.
 */
export function articleLengthProblem(text: string): string | null {
  let lines = 0;
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (/\S/.test(text.slice(start, end))) lines += 1;
    longest = Math.max(longest, end - start);
    if (newline === -1) break;
    start = newline + 1;
  }
  if (lines > ARTICLE_LIMITS.maxLines) {
    return `${formatCount(lines)} lines of text; an article may have at most ${formatCount(ARTICLE_LIMITS.maxLines)} (one paragraph per line), so no reader could use it: split it into several articles`;
  }
  if (longest > ARTICLE_LIMITS.maxLineCharacters) {
    return `a line of ${formatCount(longest)} characters; a paragraph may have at most ${formatCount(ARTICLE_LIMITS.maxLineCharacters)}: break it into paragraphs`;
  }
  return null;
}
