/**
 * The token stream every extraction step reads. Stored as parallel typed arrays rather than one object
 * per token: extraction is benchmarked against the bare tokenizer pass, and a million small objects
 * would cost more than the scanning itself.
 */
export const TokenKind = { word: 1, number: 2, punct: 3 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export type TokenStream = {
  /** The text the offsets point into. */
  text: string;
  /** Number of tokens; the arrays below may be longer (spare capacity). */
  count: number;
  kind: Uint8Array;
  /** UTF-16 offsets: token i is `text.slice(start[i], end[i])`. */
  start: Int32Array;
  end: Int32Array;
  /** Per token, the number of its lowercased form (0 = not looked at yet); filled by `lowerAt`. */
  formIds?: Int32Array;
  /** The last sentence `findSentence` found: the figures of one sentence share it. */
  sentence?: { first: number; last: number };
  /** Every sentence `findSentence` has found whole (not cut short by its length cap), in the order found. */
  sentences?: { first: number; last: number }[];
};

/** The token's text as written; "" when `i` is out of range. */
export function tokenAt(ts: TokenStream, i: number): string {
  if (i < 0 || i >= ts.count) return "";
  return ts.text.slice(ts.start[i], ts.end[i]);
}

// Lowercased forms of the words seen so far, shared by all calls and numbered. Extraction looks at
// the words around a claim several times (hedge, noun, place, certainty, attribution); each stream
// remembers the number of each token's form in a typed array, so a second look costs no string
// cutting, and the strings themselves live in this long-lived table rather than in per-call garbage.
// News vocabulary is bounded; the cap only guards against adversarial input (beyond it, forms are
// lowercased on every look).
const LOWER_FORMS: string[] = [""];
const FORM_CAP = 200_000;
// The first look at a token finds its form by hashing its characters in place: an open-addressing
// table of form numbers (0 = empty slot) keyed by the characters as written. Cutting the word out of
// the text and hashing the copy in a Map cost more than everything else done with most words.
let slots = new Int32Array(1 << 12);
// Each form's characters as written, its hash and where its characters start in one pool: a probe
// compares the full hash first and then characters of a typed array. Reading them from the form
// strings instead (of several internal kinds: short copies, slices of an article) was a third of
// the cost of numbering a token, and numbering tokens a tenth of extraction.
let formChars = new Uint16Array(1 << 14);
let charsUsed = 0;
let formStart = new Int32Array(1 << 11);
let formHash = new Int32Array(1 << 11);
let formCount = 1;

function hashChars(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let p = from; p < to; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  return h ^ (h >>> 15);
}

/** True when form `id` is spelled as `text.slice(from, to)`; its hash is `h`. */
function isForm(id: number, h: number, text: string, from: number, to: number): boolean {
  if (formHash[id] !== h) return false;
  const at = formStart[id]!;
  if (formStart[id + 1]! - at !== to - from) return false;
  for (let k = 0; k < to - from; k++) if (formChars[at + k] !== text.charCodeAt(from + k)) return false;
  return true;
}

function grow(): void {
  const next = new Int32Array(slots.length * 2);
  const mask = next.length - 1;
  for (let id = 1; id < formCount; id++) {
    let slot = formHash[id]! & mask;
    while (next[slot] !== 0) slot = (slot + 1) & mask;
    next[slot] = id;
  }
  slots = next;
}

function grown<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Add the form of `text.slice(from, to)` (hash `h`) as number `formCount`. */
function addForm(h: number, text: string, from: number, to: number): number {
  const id = formCount++;
  formHash = grown(formHash, id + 2);
  formStart = grown(formStart, id + 2);
  formChars = grown(formChars, charsUsed + (to - from));
  for (let p = from; p < to; p++) formChars[charsUsed++] = text.charCodeAt(p);
  formHash[id] = h;
  formStart[id + 1] = charsUsed;
  LOWER_FORMS.push(text.slice(from, to).toLowerCase());
  return id;
}

/** The number of the form of `text.slice(from, to)`, added when new; 0 once the table is full. */
function formOf(text: string, from: number, to: number): number {
  const mask = slots.length - 1;
  const h = hashChars(text, from, to);
  let slot = h & mask;
  for (let id = slots[slot] ?? 0; id !== 0; id = slots[slot] ?? 0) {
    if (isForm(id, h, text, from, to)) return id;
    slot = (slot + 1) & mask;
  }
  if (formCount >= FORM_CAP) return 0;
  const id = addForm(h, text, from, to);
  slots[slot] = id;
  if (formCount * 2 > slots.length) grow();
  return id;
}

/**
 * The number of token i's form as written (the same for every token spelled alike, in any stream),
 * or 0 when `i` is out of range or the table is full. Lets callers cache what depends on the word alone.
 */
export function formIdAt(ts: TokenStream, i: number): number {
  if (i < 0 || i >= ts.count) return 0;
  const ids = (ts.formIds ??= new Int32Array(ts.count));
  const known = ids[i] ?? 0;
  if (known !== 0) return known;
  const id = formOf(ts.text, ts.start[i] ?? 0, ts.end[i] ?? 0);
  ids[i] = id;
  return id;
}

/** The token's text lowercased; "" when `i` is out of range. */
export function lowerAt(ts: TokenStream, i: number): string {
  if (i < 0 || i >= ts.count) return "";
  const ids = (ts.formIds ??= new Int32Array(ts.count));
  const known = ids[i] ?? 0;
  if (known !== 0) return LOWER_FORMS[known] ?? "";
  const id = formOf(ts.text, ts.start[i] ?? 0, ts.end[i] ?? 0);
  if (id === 0) return ts.text.slice(ts.start[i], ts.end[i]).toLowerCase();
  ids[i] = id;
  return LOWER_FORMS[id] ?? "";
}

/** The token's length in UTF-16 units; 0 when `i` is out of range. */
export function lengthAt(ts: TokenStream, i: number): number {
  if (i < 0 || i >= ts.count) return 0;
  return (ts.end[i] ?? 0) - (ts.start[i] ?? 0);
}

/** True when tokens i-1 and i touch (no whitespace between), e.g. the parts of "8-thousand". */
export function isJoined(ts: TokenStream, i: number): boolean {
  if (i <= 0 || i >= ts.count) return false;
  return ts.end[i - 1] === ts.start[i];
}

/** True when a line break separates token i-1 from token i (headlines, paragraphs, captions). */
export function isLineBreakBefore(ts: TokenStream, i: number): boolean {
  if (i <= 0 || i >= ts.count) return i <= 0;
  const from = ts.end[i - 1] ?? 0;
  const to = ts.start[i] ?? 0;
  for (let p = from; p < to; p++) {
    const c = ts.text.charCodeAt(p);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** True when the token starts with an uppercase letter (German nouns, names). */
export function isCapitalized(ts: TokenStream, i: number): boolean {
  if (i < 0 || i >= ts.count || ts.kind[i] !== TokenKind.word) return false;
  // ASCII answers from its code alone; other letters ("Ä", "É") ask the case tables, without
  // cutting a one-character string for the common case.
  const c = ts.text.charCodeAt(ts.start[i] ?? 0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = ts.text[ts.start[i] ?? 0] ?? "";
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
