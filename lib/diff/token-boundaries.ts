import type { IsBoundary } from "./snap-to-boundaries";
import type { Token } from "./tokenize-words";

/** Predicate for "offset lies between two tokens" of a text tokenized by tokenizeWords. */
export function tokenBoundaries(tokens: readonly Token[], length: number): IsBoundary {
  const flags = new Uint8Array(length + 1);
  for (const token of tokens) flags[token.start] = 1;
  flags[length] = 1;
  return (offset) => flags[offset] === 1;
}
