import { tokenize } from "../tokenize";
import { formIdAt, lowerAt, type TokenStream } from "../tokens";

/** A lexicon phrase split into lowercase tokens the way the tokenizer splits text ("ca." → "ca", "."). */
export type Phrase<T> = { key: string; tokens: string[]; value: T };

/** Phrases indexed by their first and by their last token, longest first, for matching at a position. */
export type PhraseIndex<T> = { byFirst: Map<string, Phrase<T>[]>; byLast: Map<string, Phrase<T>[]>; memo: { first: FormMemo<T>; last: FormMemo<T> } };

// Each list looked up by a token's form number (`formIdAt`): readers match the same few tables at
// every figure, and a typed-array slot is cheaper than hashing the word's string again. A slot holds
// 0 when not looked up yet, 1 when no phrase has that token, k + 2 for `lists[k]`.
type FormMemo<T> = { slots: Int32Array; lists: Phrase<T>[][] };

function listAt<T>(ts: TokenStream, i: number, map: Map<string, Phrase<T>[]>, memo: FormMemo<T>): Phrase<T>[] | undefined {
  // Most lookups ask about a form already known to start or end no phrase: that answer comes first.
  const id = formIdAt(ts, i);
  if (id < memo.slots.length && memo.slots[id] === 1) return undefined;
  if (id === 0) return map.get(lowerAt(ts, i));
  if (id >= memo.slots.length) {
    const grown = new Int32Array(Math.max(id + 1, memo.slots.length * 2));
    grown.set(memo.slots);
    memo.slots = grown;
  }
  const slot = memo.slots[id] ?? 0;
  if (slot !== 0) return slot === 1 ? undefined : memo.lists[slot - 2];
  const list = map.get(lowerAt(ts, i));
  if (list === undefined) memo.slots[id] = 1;
  else {
    let k = memo.lists.indexOf(list);
    if (k < 0) k = memo.lists.push(list) - 1;
    memo.slots[id] = k + 2;
  }
  return list;
}

function push<T>(map: Map<string, Phrase<T>[]>, key: string, phrase: Phrase<T>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/**
 * The lowercase tokens of each phrase, from one tokenizer pass over all of them, one a line (no token
 * spans a line break). Why not one call per phrase: V8 optimizes the tokenizer for what it has seen
 * when it first gets hot, and thousands of calls on two-word phrases at load left it running articles
 * at a third of its speed.
 */
function phraseTokens(keys: string[]): string[][] {
  if (keys.some((key) => key.includes("\n"))) return keys.map((key) => lowerTokens(tokenize(key), 0, key.length, { next: 0 }));
  const ts = tokenize(keys.join("\n"));
  const cursor = { next: 0 };
  let from = 0;
  return keys.map((key) => {
    const tokens = lowerTokens(ts, from, from + key.length, cursor);
    from += key.length + 1;
    return tokens;
  });
}

// The lowercased tokens of `ts` from `cursor.next` on that end by offset `to` (they start at or after
// `from`, the line's start); the cursor moves past them.
function lowerTokens(ts: TokenStream, from: number, to: number, cursor: { next: number }): string[] {
  const tokens: string[] = [];
  for (; cursor.next < ts.count && (ts.end[cursor.next] ?? 0) <= to; cursor.next++) if ((ts.start[cursor.next] ?? 0) >= from) tokens.push(lowerAt(ts, cursor.next));
  return tokens;
}

/** Build an index over `entries` (phrase → value). Runs once per lexicon, at module load. */
export function buildPhraseIndex<T>(entries: Record<string, T> | [string, T][]): PhraseIndex<T> {
  const index: PhraseIndex<T> = { byFirst: new Map(), byLast: new Map(), memo: { first: { slots: new Int32Array(0), lists: [] }, last: { slots: new Int32Array(0), lists: [] } } };
  const pairs = Array.isArray(entries) ? entries : Object.entries(entries);
  const tokensOf = phraseTokens(pairs.map(([key]) => key));
  for (const [n, [key, value]] of pairs.entries()) {
    const tokens = tokensOf[n]!;
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
  const list = listAt(ts, i, index.byFirst, index.memo.first);
  if (list === undefined) return null;
  for (let n = 0; n < list.length; n++) {
    const phrase = list[n]!;
    const tokens = phrase.tokens;
    const last = i + tokens.length - 1;
    if (last > limit) continue;
    let ok = true;
    for (let k = 1; k < tokens.length && ok; k++) ok = lowerAt(ts, i + k) === tokens[k];
    if (ok) return { phrase, last };
  }
  return null;
}

/**
 * The first phrase starting at a token from `from` to `to` and ending by `to` (the longest at that
 * token), or null: `matchPhraseForward` at each token in turn. Readers scan a figure's clause or
 * sentence for a few short tables at every figure ("bundesweit", "im Ausland", "Hochrechnung"), and
 * nearly every token starts no phrase: that answer is read here from the memo without a call.
 */
export function findPhraseForward<T>(ts: TokenStream, from: number, to: number, index: PhraseIndex<T>): { phrase: Phrase<T>; first: number; last: number } | null {
  const memo = index.memo.first;
  for (let j = from; j <= to; j++) {
    const id = formIdAt(ts, j);
    if (id !== 0 && id < memo.slots.length && memo.slots[id] === 1) continue;
    const m = matchPhraseForward(ts, j, index, to);
    if (m) return { phrase: m.phrase, first: j, last: m.last };
  }
  return null;
}

/** The longest phrase whose last token is token `i`, or null. `limit` is the first token it may use. */
export function matchPhraseBackward<T>(ts: TokenStream, i: number, index: PhraseIndex<T>, limit = 0): { phrase: Phrase<T>; first: number } | null {
  const list = listAt(ts, i, index.byLast, index.memo.last);
  if (list === undefined) return null;
  for (let n = 0; n < list.length; n++) {
    const phrase = list[n]!;
    const tokens = phrase.tokens;
    const first = i - tokens.length + 1;
    if (first < limit) continue;
    let ok = true;
    for (let k = 0; k < tokens.length - 1 && ok; k++) ok = lowerAt(ts, first + k) === tokens[k];
    if (ok) return { phrase, first };
  }
  return null;
}
