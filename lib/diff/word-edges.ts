import type { IsBoundary } from "./snap-to-boundaries";
import type { Token } from "./tokenize-words";

/** Predicate for "offset is not inside a word" of a text tokenized by tokenizeWords. */
export function wordEdges(tokens: readonly Token[], length: number): IsBoundary {
  const inside = new Uint8Array(length + 1);
  for (const token of tokens) if (token.kind === "word") inside.fill(1, token.start + 1, token.end);
  return (offset) => inside[offset] === 0;
}
