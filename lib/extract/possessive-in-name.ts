import { APOSTROPHES } from "./lexicon/punctuation";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * Whether token `k` is the apostrophe of a plural possessive inside a name: "Workers' Party",
 * "Farmers’ Union". Glued to a capitalized word ending in "s" and followed, after a space, by
 * another capitalized word, it joins one name, as the "'s" of "People's Party" does inside its
 * token. The tokenizer splits it off, so a name reader walks across it rather than stopping there.
 */
export function isPossessiveInName(ts: TokenStream, k: number): boolean {
  if (k < 1 || ts.kind[k] !== TokenKind.punct || !APOSTROPHES.has(tokenAt(ts, k))) return false;
  const owner = k - 1;
  if (ts.kind[owner] !== TokenKind.word || ts.end[owner] !== ts.start[k] || !isCapitalized(ts, owner) || !lowerAt(ts, owner).endsWith("s")) return false;
  return ts.kind[k + 1] === TokenKind.word && (ts.start[k + 1] ?? 0) > (ts.end[k] ?? 0) && isCapitalized(ts, k + 1);
}
