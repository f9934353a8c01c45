import type { Ymd } from "./date-math";
import { findSentence, type SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { nameClaimant } from "./name-claimant";
import { readSentenceContext } from "./read-sentence-context";
import { TokenKind, isLineBreakBefore, lowerAt, type TokenStream } from "./tokens";

// "Das teilte die Regionalregierung mit.", "Dies sagte ein Sprecher.": a demonstrative opening a
// speech verb points back at the sentence before.
const DEMONSTRATIVES = new Set(["das", "dies"]);

/**
 * Who the sentence right after `s`, in the same paragraph, says gave the figures of `s`: "Mindestens
 * sechs Menschen kamen ums Leben. Das teilte die Regionalregierung am Montag mit." Only a sentence
 * that opens with a demonstrative and a speech verb and holds no figure of its own; undefined otherwise.
 */
export function readTrailingSource(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): string | undefined {
  const first = s.last + 1;
  if (first + 2 >= ts.count || isLineBreakBefore(ts, first)) return undefined;
  if (!DEMONSTRATIVES.has(lowerAt(ts, first)) || !lex.speechVerbs.has(lowerAt(ts, first + 1))) return undefined;
  const next = findSentence(ts, first, lex);
  for (let k = next.first; k <= next.last; k++) if (ts.kind[k] === TokenKind.number) return undefined;
  const cue = readSentenceContext(ts, next, lex, pub).claimants[0];
  return cue ? (cue.name ?? nameClaimant(ts, cue.span, lex)) : undefined;
}
