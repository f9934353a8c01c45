import { countedNounKey } from "./counted-noun-key";
import type { Language } from "./lexicon";
import { HOSPITAL_PLACES, LYING_VERBS, MOMENT_COUNTS, type QualifiedWords } from "./lexicon/moment-count-words";
import { findPhraseForward, type PhraseIndex } from "./lexicon/phrase-index";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { phraseIndexes } from "./lexicon/rule-words";
import type { ClaimCandidate } from "./schema";
import { TokenKind, isLineBreakBefore, tokenAt, type TokenStream } from "./tokens";

// Who may be in hospital: the hurt and the sick, or people and patients the clause says no more of.
const BEFALLEN = new Set(["injured", "sick", "people", countedNounKey("patients", "en")]);

type QualifierIndex = { qualifier: string; index: Record<Language, PhraseIndex<true>> };
const qualifierIndexes = (list: readonly QualifiedWords[]): QualifierIndex[] => list.map((m) => ({ qualifier: m.qualifier, index: phraseIndexes(m) }));
// One index per qualifier, tried in the lexicon's order: intensive care before hospital when a
// clause says both ("remain in hospital in intensive care").
const MOMENTS = qualifierIndexes(MOMENT_COUNTS);
const PLACES = qualifierIndexes(HOSPITAL_PLACES);
const LYING = phraseIndexes(LYING_VERBS);

/** Tokens `first` to `last` (inclusive); empty when `last < first`. */
type Span = { first: number; last: number };

const endsClause = (ts: TokenStream, i: number) => ts.kind[i] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, i));

// The first token starting at or after `offset` (ts.count when none).
function tokenFrom(ts: TokenStream, offset: number): number {
  let lo = 0;
  let hi = ts.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The clause after the figure: up to its sentence's end, a line break or clause punctuation
// ("15 people remain in hospital, four of them in intensive care": two clauses, two counts).
function clauseAfter(ts: TokenStream, c: ClaimCandidate): Span {
  const first = tokenFrom(ts, c.end);
  let last = first - 1;
  while (last + 1 < ts.count && ts.end[last + 1]! <= c.sentenceEnd && !endsClause(ts, last + 1) && !isLineBreakBefore(ts, last + 1)) last++;
  return { first, last };
}

// The clause before the figure, back to its sentence's start, a line break or clause punctuation.
function clauseBefore(ts: TokenStream, c: ClaimCandidate): Span {
  const last = tokenFrom(ts, c.start) - 1;
  let first = last + 1;
  while (first - 1 >= 0 && ts.start[first - 1]! >= c.sentenceStart && !endsClause(ts, first - 1) && !isLineBreakBefore(ts, first)) first--;
  return { first, last };
}

const saysIn = (ts: TokenStream, span: Span, index: PhraseIndex<true>) => span.first <= span.last && findPhraseForward(ts, span.first, span.last, index) !== null;

// "liegen noch neun Menschen im Krankenhaus", "Noch neun Menschen liegen im Krankenhaus": a verb of
// lying in the figure's clause, a hospital or intensive care unit its place, before or after the figure
// ("Auf der Intensivstation befinden sich noch zwei Patienten").
function lyingIn(ts: TokenStream, before: Span, after: Span, language: Language): string | null {
  const inClause = (index: PhraseIndex<true>) => saysIn(ts, before, index) || saysIn(ts, after, index);
  if (!inClause(LYING[language])) return null;
  return PLACES.find((m) => inClause(m.index[language]))?.qualifier ?? null;
}

/**
 * "15 Menschen liegen noch im Krankenhaus", "four of them in intensive care": a count of the hurt or
 * the sick said to be in hospital or intensive care now is a count of the moment, qualified so
 * ("in hospital", "intensive care"): a facet of its own beside the toll, and one that may fall
 * (see lib/compare's isCountOfTheMoment). The phrase follows the figure in its clause, or a verb of
 * lying opens the clause and a hospital is its place (see lyingIn). `ts` is the token stream of the
 * text the claims' offsets point into.
 */
export function countsOfTheMoment(claims: ClaimCandidate[], ts: TokenStream, language: Language): ClaimCandidate[] {
  return claims.map((c) => {
    if (c.valueKind !== "quantity" || c.value.kind !== "quantity" || c.value.unit || !BEFALLEN.has(c.subject)) return c;
    const after = clauseAfter(ts, c);
    const moment = MOMENTS.find((m) => saysIn(ts, after, m.index[language]))?.qualifier ?? lyingIn(ts, clauseBefore(ts, c), after, language);
    return moment && !c.qualifiers.includes(moment) ? { ...c, qualifiers: [...c.qualifiers, moment] } : c;
  });
}
