import { findSentence } from "@/lib/extract/find-sentence";
import { getLexicon, type Language } from "@/lib/extract/lexicon";
import type { TokenStream } from "@/lib/extract/tokens";

/** A claim's sentence, cut in three around its quote: `before + quote + after` is the sentence. */
export type QuoteInContext = { before: string; quote: string; after: string };

// A sentence longer than this on one side of the quote is cut at a word and marked "…": the card
// should show the claim's sentence, not a paragraph that lacks full stops.
const MAX_SIDE = 280;

/**
 * The sentence(s) holding `text.slice(start, end)`, found the way extraction finds them (German
 * ordinals such as "19. Juni" and abbreviations do not end a sentence; line breaks always do).
 * `tokens` is `tokenize(text)`, passed in so that the claims of one revision share one pass.
 * An unknown language reads with the English rules. Offsets outside the text are clamped, so the
 * result is always well-formed. Never throws.
 */
export function quoteInContext(tokens: TokenStream, start: number, end: number, language: string): QuoteInContext {
  const { text } = tokens;
  const from = clamp(start, 0, text.length);
  const to = clamp(end, from, text.length);
  const lex = getLexicon((language.slice(0, 2) === "de" ? "de" : "en") satisfies Language);
  const first = tokenAtOrAfter(tokens, from);
  const last = Math.max(first, tokenAtOrAfter(tokens, Math.max(from, to - 1)));
  let sentenceStart = from;
  let sentenceEnd = to;
  if (first < tokens.count) {
    // findSentence caches the last sentence on the stream; a fresh lookup per claim is wanted.
    tokens.sentence = undefined;
    sentenceStart = Math.min(from, tokens.start[findSentence(tokens, first, lex).first] ?? from);
    tokens.sentence = undefined;
    const lastToken = findSentence(tokens, Math.min(last, tokens.count - 1), lex).last;
    sentenceEnd = Math.max(to, tokens.end[lastToken] ?? to);
  }
  return {
    before: cutStart(text.slice(sentenceStart, from)),
    quote: text.slice(from, to),
    after: cutEnd(text.slice(to, sentenceEnd)),
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), lo), hi) : lo;
}

/** Index of the first token ending after `offset` (binary search; tokens are in text order). */
function tokenAtOrAfter(tokens: TokenStream, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens.end[mid] ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cutStart(side: string): string {
  if (side.length <= MAX_SIDE) return side;
  const tail = side.slice(-MAX_SIDE);
  const space = tail.search(/\s/);
  return `…${space >= 0 ? tail.slice(space) : tail}`;
}

function cutEnd(side: string): string {
  if (side.length <= MAX_SIDE) return side;
  const head = side.slice(0, MAX_SIDE);
  const space = head.search(/\s\S*$/);
  return `${space > 0 ? head.slice(0, space) : head}…`;
}
