import type { Ymd } from "./date-math";
import { findSentence, type SentenceSpan } from "./find-sentence";
import { isPageFurniture } from "./is-page-furniture";
import type { CompiledLexicon } from "./lexicon";
import { matchNoun } from "./match-noun";
import { readDate, type DateMention } from "./read-date";
import { readDatesWithChrono } from "./read-dates-with-chrono";
import { pickAttribution } from "./pick-attribution";
import { readSentenceContext } from "./read-sentence-context";
import type { ClaimCandidate } from "./schema";
import { TokenKind, isCapitalized, isLineBreakBefore, lowerAt, type TokenStream } from "./tokens";

// "Im Juni 2024 besuchte Putin Pjöngjang. … Er unterzeichnete einen Vertrag.": a date opening a
// sentence frames what follows in its paragraph; this many sentences back at most.
const FRAME_REACH = 2;

type Dated = { start: number; end: number; value: ClaimCandidate["value"]; rule: string; at: number };

// Words a date phrase can start with; elsewhere `readDate` is not even tried.
function mayStartDate(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] === TokenKind.number) return true;
  if (ts.kind[j] !== TokenKind.word) return false;
  return lex.dateStarters.has(lowerAt(ts, j));
}

// Chrono is slow next to our own reader; it gets a sentence only if something in it looks like a date.
function looksDated(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): boolean {
  for (let j = s.first; j <= s.last; j++) {
    if (ts.kind[j] === TokenKind.number) return true;
    const w = lowerAt(ts, j);
    if (lex.months.has(w) || lex.weekdays.has(w) || lex.dayOffsets.has(w) || lex.periodWords.has(w)) return true;
  }
  return false;
}

function datesIn(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): DateMention[] {
  const found: DateMention[] = [];
  for (let j = s.first; j <= s.last; j++) {
    if (!mayStartDate(ts, j, lex)) continue;
    const m = readDate(ts, j, lex, pub);
    if (m && m.last <= s.last) {
      found.push(m);
      j = m.last;
    }
  }
  return found;
}

function hasEventNoun(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): boolean {
  // German nouns are capitalized, which rules out most words before any lookup.
  const german = lex.language === "de";
  for (let j = s.first; j <= s.last; j++) {
    if (ts.kind[j] !== TokenKind.word || (german && !isCapitalized(ts, j))) continue;
    if (matchNoun(lowerAt(ts, j), lex.eventNouns, lex.compoundNouns)) return true;
  }
  return false;
}

function fromMention(ts: TokenStream, m: DateMention): Dated {
  return { start: ts.start[m.first] ?? 0, end: ts.end[m.last] ?? 0, value: m.value, rule: m.rule, at: m.first };
}

// The date of the event in sentence `s`: the one nearest the event verb, chrono's reading when ours
// finds none, or a date framing the paragraph a sentence or two earlier.
function dateFor(ts: TokenStream, s: SentenceSpan, verb: number, lex: CompiledLexicon, pub: Ymd | null): { date: Dated; from: SentenceSpan } | null {
  const own = datesIn(ts, s, lex, pub).map((m) => fromMention(ts, m));
  own.sort((a, b) => Math.abs(a.at - verb) - Math.abs(b.at - verb));
  if (own[0]) return { date: own[0], from: s };
  if (looksDated(ts, s, lex)) {
    const offset = ts.start[s.first] ?? 0;
    const sentenceText = ts.text.slice(offset, ts.end[s.last]);
    const viaChrono = readDatesWithChrono(sentenceText, lex.language, pub)[0];
    if (viaChrono) return { date: { ...viaChrono, start: offset + viaChrono.start, end: offset + viaChrono.end, at: verb }, from: s };
  }
  let current = s;
  for (let back = 0; back < FRAME_REACH && current.first > 0 && !isLineBreakBefore(ts, current.first); back++) {
    const earlier = findSentence(ts, current.first - 1, lex);
    const mentions = datesIn(ts, earlier, lex, pub);
    const opening = mentions[0];
    if (opening && opening.first === earlier.first) {
      const date = fromMention(ts, opening);
      return { date: { ...date, rule: `${date.rule} (carried from the sentence it opens)` }, from: earlier };
    }
    if (mentions.length > 0) return null;
    current = earlier;
  }
  return null;
}

/**
 * Date candidates: a date becomes a claim only when its sentence says what it dates, i.e. names a
 * dated event (a treaty noun and a signing verb, from the lexicon's `datedEvents`). `verbs` are the
 * token indices of event verbs found by the main scan, so sentences without one cost nothing here.
 */
export function extractDates(ts: TokenStream, verbs: number[], lex: CompiledLexicon, pub: Ymd | null): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  const seen = new Set<number>();
  for (const verb of verbs) {
    const event = lex.eventVerbs.get(lowerAt(ts, verb));
    const s = findSentence(ts, verb, lex);
    if (!event || seen.has(s.first) || !hasEventNoun(ts, s, lex)) continue;
    seen.add(s.first);
    if (isPageFurniture(ts.text, ts.start[verb] ?? 0, lex)) continue;
    const found = dateFor(ts, s, verb, lex, pub);
    if (!found || isPageFurniture(ts.text, found.date.start, lex)) continue;
    const context = readSentenceContext(ts, s, lex, pub);
    const attribution = pickAttribution(ts, context.claimants, verb, lex);
    out.push({
      valueKind: "date",
      quote: ts.text.slice(found.date.start, found.date.end),
      start: found.date.start,
      end: found.date.end,
      sentenceStart: ts.start[found.from.first] ?? 0,
      sentenceEnd: ts.end[s.last] ?? found.date.end,
      value: found.date.value,
      subject: event.subject,
      scope: {},
      ...(attribution ? { attribution } : {}),
      certainty: context.certainty,
      rule: `${found.date.rule} + ${lex.language}.event.${event.subject}`,
    });
  }
  return out;
}
