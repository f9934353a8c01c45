import { tokenize } from "../tokenize";
import { formIdAt, lowerAt, type TokenStream } from "../tokens";

/** A lexicon phrase split into lowercase tokens the way the tokenizer splits text ("ca." → "ca", "."). */
export type Phrase<T> = { key: string; tokens: string[]; value: T };

/** Phrases indexed by their first and by their last token, longest first, for matching at a position. */
export type PhraseIndex<T> = { byFirst: Map<string, Phrase<T>[]>; byLast: Map<string, Phrase<T>[]>; memo: { first: FormMemo<T>; last: FormMemo<T> } };

// Each list looked up by a token's form number (`formIdAt`): readers match the same few tables at
// every figure, and a typed-array slot is cheaper than hashing the word's string again. Whether a
// form has been looked up in a table, and whether it starts (ends) any phrase there, are two bits in
// one row per form shared by every table: most lookups ask about a form known to start no phrase,
// and with a table of its own per index (thirty-odd per language) those answers were spread over
// megabytes, a cache miss each; a form's row is a few dozen bytes. `slots` holds `k + 1` for
// `lists[k]`, read only for a form whose bit says it has a list.
type FormMemo<T> = { bit: number; slots: Int32Array; lists: Phrase<T>[][] };

let memoCount = 0;
/** 32-bit words per bit set; a row is `words` words of "looked up" bits, then `words` of "has a list". */
let words = 1;
let rows = new Uint32Array(0);

function newMemo<T>(): FormMemo<T> {
  const bit = memoCount++;
  if (bit >= words * 32) {
    // More tables than the rows have bits for: lay the rows out again, one word wider.
    const forms = rows.length / (2 * words);
    const wider = new Uint32Array(forms * 2 * (words + 1));
    for (let f = 0; f < forms; f++) {
      for (let w = 0; w < words; w++) {
        wider[f * 2 * (words + 1) + w] = rows[f * 2 * words + w]!;
        wider[f * 2 * (words + 1) + words + 1 + w] = rows[f * 2 * words + words + w]!;
      }
    }
    words++;
    rows = wider;
  }
  return { bit, slots: new Int32Array(0), lists: [] };
}

/** True when form `id` is known to start (end) no phrase of the memo's table. */
function knownAbsent<T>(id: number, memo: FormMemo<T>): boolean {
  const at = id * 2 * words + (memo.bit >>> 5);
  if (at >= rows.length) return false;
  const mask = 1 << (memo.bit & 31);
  return (rows[at]! & mask) !== 0 && (rows[at + words]! & mask) === 0;
}

function listAt<T>(ts: TokenStream, i: number, map: Map<string, Phrase<T>[]>, memo: FormMemo<T>): Phrase<T>[] | undefined {
  const id = formIdAt(ts, i);
  if (id === 0) return map.get(lowerAt(ts, i));
  const at = id * 2 * words + (memo.bit >>> 5);
  const mask = 1 << (memo.bit & 31);
  if (at < rows.length && (rows[at]! & mask) !== 0) return (rows[at + words]! & mask) === 0 ? undefined : memo.lists[memo.slots[id]! - 1];
  if (at >= rows.length) {
    const grown = new Uint32Array(Math.max((id + 1) * 2 * words, rows.length * 2));
    grown.set(rows);
    rows = grown;
  }
  const list = map.get(lowerAt(ts, i));
  rows[at]! |= mask;
  if (list !== undefined) {
    rows[at + words]! |= mask;
    if (id >= memo.slots.length) {
      const grown = new Int32Array(Math.max(id + 1, memo.slots.length * 2));
      grown.set(memo.slots);
      memo.slots = grown;
    }
    let k = memo.lists.indexOf(list);
    if (k < 0) k = memo.lists.push(list) - 1;
    memo.slots[id] = k + 1;
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
  const index: PhraseIndex<T> = { byFirst: new Map(), byLast: new Map(), memo: { first: newMemo(), last: newMemo() } };
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
    if (id !== 0 && knownAbsent(id, memo)) continue;
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
