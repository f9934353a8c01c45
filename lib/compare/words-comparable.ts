/**
 * Whether the words of two quotes may be diffed against each other: only when their articles are in
 * one language. "am Montag" struck against "on Monday" added would only say the languages differ,
 * so the facet view and the report show such quotes unmarked.
 */
export function wordsComparable(languageA: string, languageB: string): boolean {
  return languageA === languageB;
}
