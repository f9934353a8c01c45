import type { ClaimCandidate } from "./schema";
import { describeCount, type CountDescription } from "./describe-count";
import { findCasualtyState } from "./find-casualty-state";
import { findCountedNoun } from "./find-counted-noun";
import { findPlace } from "./find-place";
import { findSentence } from "./find-sentence";
import type { Ymd } from "./date-math";
import { isInCredit } from "./is-in-credit";
import { isPageFurniture } from "./is-page-furniture";
import type { CompiledLexicon } from "./lexicon";
import { pickAttribution } from "./pick-attribution";
import { readQuantity } from "./read-quantity";
import { readSentenceContext, type SentenceContext } from "./read-sentence-context";
import { TokenKind, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * A quantity candidate with what the next one may reuse: its count ("8.000 von ihnen" refers back to
 * it) and its sentence's context, read once for all figures of a sentence.
 */
export type QuantityFound = { candidate: ClaimCandidate; first: number; last: number; sentence: SentenceContext; count: CountDescription };

// "die Zahl der nordkoreanischen Soldaten, die …, mehr als 10.000 betragen könnte": the noun stands
// before the number, named by a count word, with no other number in between. Most numbers without a
// noun are years and dates, so this looks back only a short way and never computes the sentence.
const COUNT_WORD_REACH = 40;
const SENTENCE_END = new Set([".", "!", "?"]);

function countWordNoun(ts: TokenStream, to: number, lex: CompiledLexicon): CountDescription | null {
  for (let j = to; j >= 0 && to - j < COUNT_WORD_REACH; j--) {
    const kind = ts.kind[j];
    if (kind === TokenKind.number || (kind === TokenKind.punct && SENTENCE_END.has(tokenAt(ts, j))) || isLineBreakBefore(ts, j + 1)) return null;
    if (kind !== TokenKind.word || !lex.countWords.has(lowerAt(ts, j))) continue;
    const noun = findCountedNoun(ts, j + 1, lex);
    return noun.kind === "noun" ? describeCount(noun.nounClass, null, noun.nationality) : null;
  }
  return null;
}

// "im Jahr 2024 kamen neue Soldaten": a plain four-digit number after a year marker is a year, even
// when a counted noun follows a few words later.
const YEAR = /^(?:19|20)\d\d$/;

function isYear(ts: TokenStream, i: number, last: number, lex: CompiledLexicon): boolean {
  return i === last && ts.kind[i] === TokenKind.number && YEAR.test(tokenAt(ts, i)) && lex.yearMarkers.has(lowerAt(ts, i - 1));
}

// A place before the count belongs to it only within its clause: in "Das Ministerium in Moskau
// bestritt, dass 3.000 Soldaten …" Moscow is where the ministry is.
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "dass", "that"]);

function clauseStart(ts: TokenStream, from: number, to: number): number {
  for (let j = to; j >= from; j--) if (CLAUSE_BREAKS.has(lowerAt(ts, j))) return j + 1;
  return from;
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
  if (!q || isYear(ts, q.first, q.last, lex)) return null;
  const noun = findCountedNoun(ts, q.last + 1, lex);
  if (noun.kind === "unit") return null;
  let count: CountDescription | null = null;
  let quoteLast = q.last;
  if (noun.kind === "noun") {
    const state = findCasualtyState(ts, noun.last + 1, lex);
    if (noun.needsState && !state) return null;
    count = describeCount(noun.nounClass, state, noun.nationality);
    quoteLast = noun.last;
  } else if (noun.kind === "anaphora") {
    if (previous && previous.sentence.first <= q.first && q.first <= previous.sentence.last) count = previous.count;
    quoteLast = noun.last;
  } else {
    count = countWordNoun(ts, q.first - 1, lex);
  }
  if (!count) return null;
  const sentence = findSentence(ts, i, lex);
  const text = ts.text;
  const start = ts.start[q.first] ?? 0;
  const sameSentence = previous && previous.sentence.first === sentence.first;
  // A sentence that already gave a claim is not on a caption line; only a credit in it can disqualify.
  if (sameSentence ? isInCredit(text, start) : isPageFurniture(text, start, lex)) return null;

  const place =
    findPlace(ts, quoteLast + 1, nextNumber(ts, quoteLast + 1, sentence.last), lex, "first") ??
    findPlace(ts, clauseStart(ts, sameSentence ? previous.last + 1 : sentence.first, q.first - 1), q.first - 1, lex, "last");
  const context = sameSentence ? previous.sentence : readSentenceContext(ts, sentence, lex, pub);
  const asOf = context.asOf;
  const attribution = pickAttribution(ts, context.claimants, q.first, lex);
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
    certainty: context.certainty,
    rule: q.rule,
  };
  return { candidate, first: q.first, last: quoteLast, sentence: context, count };
}
