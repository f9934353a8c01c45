import { buildPhraseIndex, type PhraseIndex } from "./phrase-index";
import type { Language } from "./types";

/**
 * A rule's own words in both languages, kept beside the rule that reads them (lib/extract/read-cut.ts,
 * read-earlier-level.ts) when no other reader shares them.
 */
export type RuleWords = Record<Language, readonly string[]>;

/** Single words, one set per language: "kürzt", "cuts". */
export function wordSets(words: RuleWords): Record<Language, ReadonlySet<string>> {
  return { de: new Set(words.de), en: new Set(words.en) };
}

/** Phrases of one or more words, one index per language, for `matchPhraseForward` / `matchPhraseBackward`. */
export function phraseIndexes(words: RuleWords): Record<Language, PhraseIndex<true>> {
  const index = (list: readonly string[]) => buildPhraseIndex<true>(list.map((phrase): [string, true] => [phrase, true]));
  return { de: index(words.de), en: index(words.en) };
}
