/**
 * A word of a query and where it stands in the query. `inCompound`: it is joined to another by a
 * hyphen ("Son-hui"), and the text search then looks for the whole compound, so a word of the same
 * stem in the articles does not mean that this one is found.
 */
export type QueryWord = { word: string; start: number; end: number; inCompound: boolean };

// Words of websearch syntax, not of the text.
const OPERATORS = new Set(["or", "and"]);

/** Whether the query has a hyphen at `at` between two letters or digits (not `-` leaving a word out). */
function joined(query: string, at: number): boolean {
  return query[at] === "-" && /[\p{L}\p{N}]/u.test(query[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(query[at + 1] ?? "");
}

/**
 * The words of a query worth checking for a misspelling: runs of letters and digits of three or
 * more characters with at least one letter (a figure is not misspelled), except the operator "or".
 */
export function queryWords(query: string): QueryWord[] {
  return [...query.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((match) => {
    const word = match[0];
    return word.length >= 3 && /\p{L}/u.test(word) && !OPERATORS.has(word.toLowerCase())
      ? [{ word, start: match.index, end: match.index + word.length, inCompound: joined(query, match.index - 1) || joined(query, match.index + word.length) }]
      : [];
  });
}

/**
 * The query again with each word that has suggestions replaced: the first variant takes every
 * word's closest suggestion, the next its second closest (or its closest when it has one only),
 * and so on, at most `max` variants, none equal to the query. Quotes, `or` and `-` stay where
 * they were, so the variants mean what the query means. Never throws.
 */
export function spellVariants(
  query: string,
  words: readonly QueryWord[],
  suggestions: ReadonlyMap<string, readonly string[]>,
  max = 3,
): string[] {
  const corrected = words.filter((w) => (suggestions.get(w.word)?.length ?? 0) > 0);
  const depth = Math.min(max, Math.max(0, ...corrected.map((w) => suggestions.get(w.word)?.length ?? 0)));
  const variants = new Set<string>();
  for (let k = 0; k < depth; k++) {
    let variant = "";
    let at = 0;
    for (const w of corrected) {
      const options = suggestions.get(w.word) ?? [];
      variant += query.slice(at, w.start) + (options[Math.min(k, options.length - 1)] ?? w.word);
      at = w.end;
    }
    variant += query.slice(at);
    if (variant !== query) variants.add(variant);
  }
  return [...variants];
}
