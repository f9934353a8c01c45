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
  // From the table of forms (below) rather than cut from the text: readers compare the same tokens
  // again and again ("is it a semicolon?" at every token between a cue and its figure), and each cut
  // of a word was a fresh string — tokenAt was among the largest allocators of extraction.
  const id = formIdAt(ts, i);
  return id === 0 ? ts.text.slice(ts.start[i], ts.end[i]) : (WRITTEN_FORMS[id] ?? "");
}

// Lowercased forms of the words seen so far, shared by all calls and numbered. Extraction looks at
// the words around a claim several times (hedge, noun, place, certainty, attribution); each stream
// remembers the number of each token's form in a typed array, so a second look costs no string
// cutting, and the strings themselves live in this long-lived table rather than in per-call garbage.
// News vocabulary is bounded; the cap only guards against adversarial input (beyond it, forms are
// lowercased on every look).
const LOWER_FORMS: string[] = [""];
// The same forms as written, by the same numbers (what `tokenAt` returns).
const WRITTEN_FORMS: string[] = [""];
const FORM_CAP = 200_000;
// The first look at a token finds its form by hashing its characters in place: an open-addressing
// table keyed by the characters as written. Cutting the word out of the text and hashing the copy in
// a Map cost more than everything else done with most words.
// Each slot is four numbers: the form's number (0 = empty slot), its full hash, and where its
// characters start in one pool and how many there are. A probe compares the hash and length from the
// slot it has read and then characters of a typed array: two cache lines per look. With the hash and
// the bounds in tables of their own, by form number, it was four, and once the evaluation sets had
// doubled the vocabulary (a process that extracts varied articles) numbering a token cost twice as much.
const SLOT = 4;
let slots = new Int32Array((1 << 12) * SLOT);
let formChars = new Uint16Array(1 << 14);
let charsUsed = 0;
let formCount = 1;

function hashChars(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let p = from; p < to; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  return h ^ (h >>> 15);
}

/** True when the form in slot `at` is spelled as `text.slice(from, to)`; its hash is `h`. */
function isForm(at: number, h: number, text: string, from: number, to: number): boolean {
  if (slots[at + 1] !== h || slots[at + 3] !== to - from) return false;
  const chars = slots[at + 2]!;
  for (let k = 0; k < to - from; k++) if (formChars[chars + k] !== text.charCodeAt(from + k)) return false;
  return true;
}

function grow(): void {
  const next = new Int32Array(slots.length * 2);
  const mask = next.length / SLOT - 1;
  for (let at = 0; at < slots.length; at += SLOT) {
    if (slots[at] === 0) continue;
    let slot = slots[at + 1]! & mask;
    while (next[slot * SLOT] !== 0) slot = (slot + 1) & mask;
    next.set(slots.subarray(at, at + SLOT), slot * SLOT);
  }
  slots = next;
}

/** The number of the form of `text.slice(from, to)`, added when new; 0 once the table is full. */
function formOf(text: string, from: number, to: number): number {
  const mask = slots.length / SLOT - 1;
  const h = hashChars(text, from, to);
  let at = (h & mask) * SLOT;
  for (let id = slots[at] ?? 0; id !== 0; id = slots[at] ?? 0) {
    if (isForm(at, h, text, from, to)) return id;
    at = (at + SLOT) & (slots.length - 1);
  }
  if (formCount >= FORM_CAP) return 0;
  const id = formCount++;
  if (charsUsed + (to - from) > formChars.length) {
    const more = new Uint16Array(Math.max(charsUsed + (to - from), formChars.length * 2));
    more.set(formChars);
    formChars = more;
  }
  slots[at] = id;
  slots[at + 1] = h;
  slots[at + 2] = charsUsed;
  slots[at + 3] = to - from;
  for (let p = from; p < to; p++) formChars[charsUsed++] = text.charCodeAt(p);
  const written = text.slice(from, to);
  WRITTEN_FORMS.push(written);
  LOWER_FORMS.push(written.toLowerCase());
  if (formCount * 2 > slots.length / SLOT) grow();
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

/** Whether a word ends in the genitive's "'s" ("Monday's", "the government’s"), either apostrophe. */
export const endsInGenitiveS = (word: string): boolean => word.endsWith("'s") || word.endsWith("’s");

/** The word without the genitive's "'s" ("Labour's" → "Labour"), or as it is. */
export const withoutGenitiveS = (word: string): string => (endsInGenitiveS(word) ? word.slice(0, -2) : word);

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

/** Whether the number at token i carries an English ordinal's ending, which the tokenizer splits off ("11th" → "11", "th"). */
export function hasOrdinalSuffix(ts: TokenStream, i: number): boolean {
  return isJoined(ts, i + 1) && ORDINAL_SUFFIXES.has(lowerAt(ts, i + 1));
}

/** Whether token i is a hyphen glued to the word before and a word after ("Nordrhein-Westfalen", "SPD-Kandidatin"). */
export function isJoiningHyphen(ts: TokenStream, i: number): boolean {
  return tokenAt(ts, i) === "-" && isJoined(ts, i) && isJoined(ts, i + 1) && ts.kind[i + 1] === TokenKind.word;
}
