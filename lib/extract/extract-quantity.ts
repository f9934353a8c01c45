import type { Ymd } from "./date-math";
import { describeCount, type CountDescription } from "./describe-count";
import { findCasualtyState } from "./find-casualty-state";
import { findCountWordNoun } from "./find-count-word-noun";
import { findCountedNoun } from "./find-counted-noun";
import { findPlace } from "./find-place";
import { findSentence } from "./find-sentence";
import { isInCredit } from "./is-in-credit";
import { isPageFurniture } from "./is-page-furniture";
import type { CompiledLexicon } from "./lexicon";
import { pickAttribution } from "./pick-attribution";
import { readQuantity } from "./read-quantity";
import { readSentenceContext, type SentenceContext } from "./read-sentence-context";
import type { ClaimCandidate, ClaimScope } from "./schema";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

/**
 * A quantity candidate with what the next one may reuse: its count ("8.000 von ihnen" refers back to
 * it) and its sentence's context, read once for all figures of a sentence.
 */
export type QuantityFound = { candidate: ClaimCandidate; first: number; last: number; sentence: SentenceContext; count: CountDescription };

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

function readCount(ts: TokenStream, q: { first: number; last: number }, lex: CompiledLexicon, previous: QuantityFound | null): { count: CountDescription; last: number } | null {
  const noun = findCountedNoun(ts, q.last + 1, lex);
  if (noun.kind === "noun") {
    const state = findCasualtyState(ts, noun.last + 1, lex);
    if (noun.needsState && !state) return null;
    return { count: describeCount(noun.nounClass, state, noun.nationality), last: noun.last };
  }
  if (noun.kind === "anaphora") {
    const inSentence = previous && previous.sentence.first <= q.first && q.first <= previous.sentence.last;
    return inSentence ? { count: previous.count, last: noun.last } : null;
  }
  if (noun.kind === "unit") return null;
  const count = findCountWordNoun(ts, q.first - 1, lex);
  return count ? { count, last: q.last } : null;
}

/**
 * Read a quantity claim at token `i`, or null when there is no amount here or it does not count
 * anything known (a year, "155 mm", "zwei Jahre"). `previous` is the last quantity found: "8.000 von
 * ihnen" refers back to it, and a figure in the same sentence reuses its context.
 */
export function extractQuantity(ts: TokenStream, i: number, lex: CompiledLexicon, pub: Ymd | null, previous: QuantityFound | null): QuantityFound | null {
  const q = readQuantity(ts, i, lex);
  if (!q || isYear(ts, q.first, q.last, lex)) return null;
  const counted = readCount(ts, q, lex, previous);
  if (!counted) return null;
  const { count } = counted;
  const sentence = findSentence(ts, i, lex);
  const text = ts.text;
  const start = ts.start[q.first] ?? 0;
  const sameSentence = previous !== null && previous.sentence.first === sentence.first;
  // A sentence that already gave a claim is not on a caption line; only a credit in it can disqualify.
  if (sameSentence ? isInCredit(text, start) : isPageFurniture(text, start, lex)) return null;

  const place =
    findPlace(ts, counted.last + 1, nextNumber(ts, counted.last + 1, sentence.last), lex, "first") ??
    findPlace(ts, clauseStart(ts, sameSentence ? previous.last + 1 : sentence.first, q.first - 1), q.first - 1, lex, "last");
  const context = sameSentence ? previous.sentence : readSentenceContext(ts, sentence, lex, pub);
  const attribution = pickAttribution(ts, context.claimants, q.first, lex);
  const end = ts.end[counted.last] ?? start;
  const scope: ClaimScope = { counted: count.counted };
  if (place) scope.place = place.place;
  if (context.asOf) scope.asOf = context.asOf;
  q.value.unit = count.unit;
  const candidate: ClaimCandidate = {
    valueKind: "quantity",
    quote: text.slice(start, end),
    start,
    end,
    sentenceStart: ts.start[sentence.first] ?? 0,
    sentenceEnd: ts.end[sentence.last] ?? end,
    value: q.value,
    subject: count.subject,
    scope,
    certainty: context.certainty,
    rule: q.rule,
  };
  if (attribution) candidate.attribution = attribution;
  return { candidate, first: q.first, last: counted.last, sentence: context, count };
}
