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
  /** The last sentence `findSentence` found: the figures of one sentence share it. */
  sentence?: { first: number; last: number };
};

/** The token's text as written; "" when `i` is out of range. */
export function tokenAt(ts: TokenStream, i: number): string {
  if (i < 0 || i >= ts.count) return "";
  return ts.text.slice(ts.start[i], ts.end[i]);
}

// Lowercased forms of the words seen so far, shared by all calls. Extraction looks at the words
// around a claim several times (hedge, noun, place, certainty, attribution); lowercasing each form
// once, and keeping the results out of the per-call garbage, is what makes that affordable. News
// vocabulary is bounded; the cap only guards against adversarial input.
const LOWER = new Map<string, string>();
const LOWER_CAP = 200_000;

/** The token's text lowercased; "" when `i` is out of range. */
export function lowerAt(ts: TokenStream, i: number): string {
  if (i < 0 || i >= ts.count) return "";
  const word = ts.text.slice(ts.start[i], ts.end[i]);
  const cached = LOWER.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  if (LOWER.size < LOWER_CAP) LOWER.set(word, lower);
  return lower;
}

/** The token's kind, or 0 when `i` is out of range. */
export function kindAt(ts: TokenStream, i: number): TokenKind | 0 {
  if (i < 0 || i >= ts.count) return 0;
  return ts.kind[i] as TokenKind;
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
  const ch = ts.text[ts.start[i] ?? 0] ?? "";
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
