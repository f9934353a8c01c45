import type { ClaimCandidate } from "./schema";
import { describeCount, type CountDescription } from "./describe-count";
import { findAsOf } from "./find-as-of";
import { findAttribution } from "./find-attribution";
import { findCasualtyState } from "./find-casualty-state";
import { findCertainty } from "./find-certainty";
import { findCountedNoun } from "./find-counted-noun";
import { findPlace } from "./find-place";
import { findSentence, type SentenceSpan } from "./find-sentence";
import type { Ymd } from "./date-math";
import { isPageFurniture } from "./is-page-furniture";
import type { CompiledLexicon } from "./lexicon";
import { readQuantity } from "./read-quantity";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

/** A quantity candidate with the token positions the next one may refer back to ("8.000 von ihnen"). */
export type QuantityFound = { candidate: ClaimCandidate; first: number; last: number; sentence: SentenceSpan; count: CountDescription };

// "die Zahl der nordkoreanischen Soldaten, die …, mehr als 10.000 betragen könnte": the noun stands
// before the number, named by a count word, with no other number in between.
function countWordNoun(ts: TokenStream, from: number, to: number, lex: CompiledLexicon): CountDescription | null {
  for (let j = to; j >= from; j--) {
    if (ts.kind[j] === TokenKind.number) return null;
    if (!lex.countWords.has(lowerAt(ts, j))) continue;
    const noun = findCountedNoun(ts, j + 1, lex);
    return noun.kind === "noun" ? describeCount(noun.nounClass, null, noun.nationality) : null;
  }
  return null;
}

// The count's own stretch of the sentence ends where the next number begins.
function nextNumber(ts: TokenStream, from: number, last: number): number {
  for (let j = from; j <= last; j++) if (ts.kind[j] === TokenKind.number) return j - 1;
  return last;
}

/**
 * Read a quantity claim at token `i`, or null when there is no amount here or it does not count
 * anything known (a year, "155 mm", "zwei Jahre"). `previous` is the last quantity found, which
 * "8.000 von ihnen" refers back to when it is in the same sentence.
 */
export function extractQuantity(ts: TokenStream, i: number, lex: CompiledLexicon, pub: Ymd | null, previous: QuantityFound | null): QuantityFound | null {
  const q = readQuantity(ts, i, lex);
  if (!q) return null;
  const noun = findCountedNoun(ts, q.last + 1, lex);
  if (noun.kind === "unit") return null;
  const sentence = findSentence(ts, i, lex);
  let count: CountDescription | null = null;
  let quoteLast = q.last;
  if (noun.kind === "noun") {
    const state = findCasualtyState(ts, noun.last + 1, lex);
    if (noun.needsState && !state) return null;
    count = describeCount(noun.nounClass, state, noun.nationality);
    quoteLast = noun.last;
  } else if (noun.kind === "anaphora") {
    if (previous && previous.sentence.first === sentence.first) count = previous.count;
    quoteLast = noun.last;
  } else {
    count = countWordNoun(ts, sentence.first, q.first - 1, lex);
  }
  if (!count) return null;
  const text = ts.text;
  const start = ts.start[q.first] ?? 0;
  if (isPageFurniture(text, start, lex)) return null;

  const sameSentence = previous && previous.sentence.first === sentence.first;
  const place =
    findPlace(ts, quoteLast + 1, nextNumber(ts, quoteLast + 1, sentence.last), lex, "first") ??
    findPlace(ts, sameSentence ? previous.last + 1 : sentence.first, q.first - 1, lex, "last");
  const asOf = findAsOf(ts, sentence.first, sentence.last, lex, pub);
  const attribution = findAttribution(ts, sentence.first, sentence.last, q.first, lex);
  const end = ts.end[quoteLast] ?? start;
  const candidate: ClaimCandidate = {
    valueKind: "quantity",
    quote: text.slice(start, end),
    start,
    end,
    sentenceStart: ts.start[sentence.first] ?? 0,
    sentenceEnd: ts.end[sentence.last] ?? end,
    value: { ...q.value, unit: count.unit },
    subject: count.subject,
    scope: { ...(place ? { place: place.place } : {}), ...(asOf ? { asOf } : {}), counted: count.counted },
    ...(attribution ? { attribution } : {}),
    certainty: findCertainty(ts, sentence.first, sentence.last, lex),
    rule: q.rule,
  };
  return { candidate, first: q.first, last: quoteLast, sentence, count };
}
