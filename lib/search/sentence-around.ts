import { quoteInContext } from "../compare/quote-in-context";
import { tokenize, type TokenStream } from "../extract";
import type { TextRange } from "./schema";

export type SentenceWindow = {
  /** The sentence holding the range, within `text`; a very long sentence is cut around it. */
  range: TextRange;
  /** Whether the sentence goes on beyond the window before or after it. */
  cut: { before: boolean; after: boolean };
};

/**
 * The sentence around `range` of a text, found the way claims' sentences are (German ordinals and
 * abbreviations do not end a sentence, line breaks do; long sentences cut at a word), as offsets
 * into the text. `tokens` is `tokenize(text)`, passed in when several ranges of one text are
 * looked up. Offsets outside the text are clamped. Never throws.
 */
export function sentenceAround(text: string, range: TextRange, language: string, tokens: TokenStream = tokenize(text)): SentenceWindow {
  const from = Math.min(Math.max(0, range.start), text.length);
  const to = Math.min(Math.max(from, range.end), text.length);
  const { before, after } = quoteInContext(tokens, from, to, language);
  // quoteInContext marks a cut with "…"; a sentence that really begins with one is told apart by the text.
  const cutBefore = before.startsWith("…") && text.slice(from - before.length, from) !== before;
  const cutAfter = after.endsWith("…") && text.slice(to, to + after.length) !== after;
  return {
    range: { start: from - (cutBefore ? before.length - 1 : before.length), end: to + (cutAfter ? after.length - 1 : after.length) },
    cut: { before: cutBefore, after: cutAfter },
  };
}
