import type { QuantityValue } from "@/lib/claims/schema";
import type { CompiledLexicon } from "./lexicon";
import { LOSS_BEFORE, OWN_SEAT_OPENERS } from "./lexicon/count-change-words";
import { matchPhraseBackward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { parseNumeralAt } from "./parse-numeral";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, hasOrdinalSuffix, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

const OPENERS = wordSets(OWN_SEAT_OPENERS);
const LOSS = phraseIndexes(LOSS_BEFORE);

/** The value of an ordinal word ("elften", "eleventh"), or undefined. */
export function ordinalWordValue(word: string, lex: CompiledLexicon): number | undefined {
  return lex.ordinalWords.get(word);
}

// "11th", "11.", "eleventh", "elften": the rank at token `i` and its last token, or null.
function rankAt(ts: TokenStream, i: number, lex: CompiledLexicon): { n: number; last: number } | null {
  if (ts.kind[i] === TokenKind.word) {
    const n = ordinalWordValue(lowerAt(ts, i), lex);
    return n === undefined ? null : { n, last: i };
  }
  if (ts.kind[i] !== TokenKind.number) return null;
  const ordinal = lex.language === "en" ? hasOrdinalSuffix(ts, i) : isJoined(ts, i + 1) && tokenAt(ts, i + 1) === ".";
  if (!ordinal) return null;
  const n = parseNumeralAt(ts.text, ts.start[i] ?? 0, ts.end[i] ?? 0, lex.language);
  return n === null ? null : { n, last: i + 1 };
}

/**
 * A holder's own seat named by its rank: "picked up an 11th seat", "ihr 11. Mandat", "its eleventh
 * seat", "ihren elften Sitz". The rank is the holder's new total of seats (11), read from the
 * ordinal at token `i`; the last token is the ordinal's ("th", ".", the word), so the seat noun
 * follows it. Null for anything else, "the 11th seat" included.
 * A seat lost by its rank ("lost their 11th seat", "verliert ihren elften Sitz") is the one seat
 * lost, not a total: the value is 1 and `first` the opener, so the verb before it makes the count a
 * loss (read-count-change.ts), as "lost a seat" does.
 */
export function readOrdinalSeat(ts: TokenStream, i: number, lex: CompiledLexicon): { first: number; last: number; value: QuantityValue } | null {
  if (i === 0 || !OPENERS[lex.language].has(lowerAt(ts, i - 1))) return null;
  const rank = rankAt(ts, i, lex);
  if (!rank) return null;
  const { n, last } = rank;
  if (!Number.isInteger(n) || n < 1 || ts.kind[last + 1] !== TokenKind.word) return null;
  if (conceptOfNoun(lowerAt(ts, last + 1), lex)?.key !== "seats") return null;
  const lost = matchPhraseBackward(ts, i - 2, LOSS[lex.language]) !== null;
  const value = lost ? 1 : n;
  return { first: lost ? i - 1 : i, last, value: { kind: "quantity", min: value, max: value, minInclusive: true, maxInclusive: true } };
}
