import { describeCount, type CountDescription } from "./describe-count";
import { findCountedNoun } from "./find-counted-noun";
import type { CompiledLexicon } from "./lexicon";
import { TokenKind, isLineBreakBefore, lengthAt, lowerAt, type TokenStream } from "./tokens";

// Most numbers without a noun after them are years and dates, so this looks back only a short way,
// never computes the sentence, and lowercases only words as long as some count word.
const REACH = 40;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;

/**
 * The counted noun named before a number by a count word ("die Zahl der nordkoreanischen Soldaten,
 * die …, mehr als 10.000 betragen könnte"; "the number of troops … has exceeded 12,000"), looking
 * back from token `to` within the sentence. Null when another number or the sentence start comes
 * first.
 */
export function findCountWordNoun(ts: TokenStream, to: number, lex: CompiledLexicon): CountDescription | null {
  for (let j = to; j >= 0 && to - j < REACH; j--) {
    const kind = ts.kind[j];
    if (kind === TokenKind.number || isLineBreakBefore(ts, j + 1)) return null;
    if (kind === TokenKind.punct) {
      const c = ts.text.charCodeAt(ts.start[j] ?? 0);
      if (c === PERIOD || c === BANG || c === QUESTION) return null;
      continue;
    }
    if (!lex.countWordLengths.has(lengthAt(ts, j)) || !lex.countWords.has(lowerAt(ts, j))) continue;
    const noun = findCountedNoun(ts, j + 1, lex);
    return noun.kind === "noun" ? describeCount(noun.nounClass, null, noun.nationality) : null;
  }
  return null;
}
