import { tokenize } from "../tokenize";
import { lowerAt, type TokenStream } from "../tokens";

/** A lexicon phrase split into lowercase tokens the way the tokenizer splits text ("ca." → "ca", "."). */
export type Phrase<T> = { key: string; tokens: string[]; value: T };

/** Phrases indexed by their first and by their last token, longest first, for matching at a position. */
export type PhraseIndex<T> = { byFirst: Map<string, Phrase<T>[]>; byLast: Map<string, Phrase<T>[]> };

function push<T>(map: Map<string, Phrase<T>[]>, key: string, phrase: Phrase<T>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/** Build an index over `entries` (phrase → value). Runs once per lexicon, at module load. */
export function buildPhraseIndex<T>(entries: Record<string, T> | [string, T][]): PhraseIndex<T> {
  const index: PhraseIndex<T> = { byFirst: new Map(), byLast: new Map() };
  const pairs = Array.isArray(entries) ? entries : Object.entries(entries);
  for (const [key, value] of pairs) {
    const ts = tokenize(key);
    const tokens: string[] = [];
    for (let i = 0; i < ts.count; i++) tokens.push(lowerAt(ts, i));
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined) continue;
    const phrase = { key, tokens, value };
    push(index.byFirst, first, phrase);
    push(index.byLast, last, phrase);
  }
  for (const list of [...index.byFirst.values(), ...index.byLast.values()]) {
    list.sort((a, b) => b.tokens.length - a.tokens.length);
  }
  return index;
}

/** The longest phrase whose first token is token `i`, or null. `limit` is the last token it may use. */
export function matchPhraseForward<T>(ts: TokenStream, i: number, index: PhraseIndex<T>, limit = ts.count - 1): { phrase: Phrase<T>; last: number } | null {
  const list = index.byFirst.get(lowerAt(ts, i));
  if (!list) return null;
  for (const phrase of list) {
    const last = i + phrase.tokens.length - 1;
    if (last > limit) continue;
    let ok = true;
    for (let k = 1; k < phrase.tokens.length && ok; k++) ok = lowerAt(ts, i + k) === phrase.tokens[k];
    if (ok) return { phrase, last };
  }
  return null;
}

/** The longest phrase whose last token is token `i`, or null. `limit` is the first token it may use. */
export function matchPhraseBackward<T>(ts: TokenStream, i: number, index: PhraseIndex<T>, limit = 0): { phrase: Phrase<T>; first: number } | null {
  const list = index.byLast.get(lowerAt(ts, i));
  if (!list) return null;
  for (const phrase of list) {
    const first = i - phrase.tokens.length + 1;
    if (first < limit) continue;
    let ok = true;
    for (let k = 0; k < phrase.tokens.length - 1 && ok; k++) ok = lowerAt(ts, first + k) === phrase.tokens[k];
    if (ok) return { phrase, first };
  }
  return null;
}
