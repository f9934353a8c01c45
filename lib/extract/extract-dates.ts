import { movedAhead } from "./date-ahead";
import { isDateOfOtherAct, isDayOfSaying, isYearOfDescribedNoun } from "./date-of-other-act";
import { isDateAnnouncedFor, isDayPlannedFor, isPlannedAhead } from "./read-plan-ahead";
import type { Ymd } from "./date-math";
import { findSentence, type SentenceSpan } from "./find-sentence";
import { isPageFurniture } from "./is-page-furniture";
import { memoByForm } from "./form-memo";
import { triggerKey, type CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { nameClaimant } from "./name-claimant";
import { readClaimantLeft, readClaimantRight } from "./read-claimant";
import { dateWithinReach, readDate, type DateMention } from "./read-date";
import { readDatesWithChrono } from "./read-dates-with-chrono";
import { namedEventDate } from "./named-event-date";
import { isPurposeInfinitive } from "./purpose-infinitive";
import { eventObject } from "./event-object";
import { pickAttribution } from "./pick-attribution";
import { readSentenceContext } from "./read-sentence-context";
import type { ClaimCandidate } from "./schema";
import type { EventConcept } from "./lexicon/concepts";
import { TokenKind, isCapitalized, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";
import { ASIDE_BREAKS } from "./lexicon/punctuation";

// "Im Juni 2024 besuchte Macron Berlin. … Er unterzeichnete einen Vertrag.": a date opening a
// sentence frames what follows in its paragraph; this many sentences back at most.
const FRAME_REACH = 2;
// Events that also say where a figure comes from ("bestätigte die Polizei 95 Tote").
const SOURCE_EVENTS = new Set(["confirm", "announce"]);

type Dated = { start: number; end: number; value: ClaimCandidate["value"]; rule: string; at: number; last: number };

// Per lexicon, which (lowercased ASCII first letter, length) pairs some date starter has: most words
// of a sentence are passed over without being numbered and looked up. Lowercasing keeps a word's
// length for every word that can equal a starter, so the filter never turns one away.
const STARTER_FILTERS = new WeakMap<CompiledLexicon, Uint8Array>();

function starterFilter(lex: CompiledLexicon): Uint8Array {
  let filter = STARTER_FILTERS.get(lex);
  if (!filter) {
    filter = new Uint8Array(128 << 5);
    for (const word of lex.dateStarters) {
      const c = word.charCodeAt(0);
      if (c < 128) filter[triggerKey(c, word.length)] = 1;
    }
    STARTER_FILTERS.set(lex, filter);
  }
  return filter;
}

// Words a date phrase can start with; elsewhere `readDate` is not even tried.
function mayStartDate(ts: TokenStream, j: number, lex: CompiledLexicon, filter: Uint8Array): boolean {
  if (ts.kind[j] === TokenKind.number) return true;
  if (ts.kind[j] !== TokenKind.word) return false;
  const c = ts.text.charCodeAt(ts.start[j] ?? 0);
  if (c < 128 && filter[triggerKey(c >= 65 && c <= 90 ? c + 32 : c, (ts.end[j] ?? 0) - (ts.start[j] ?? 0))] !== 1) return false;
  return dateStarter(ts, j, lex) === STARTS_DATE;
}

// `lex.dateStarters` looked up once per word form: every word of a sentence with an event word
// that passes the filter above is asked about.
const STARTS_DATE = 2;
const dateStarter = memoByForm((word, lex) => (lex.dateStarters.has(word) ? STARTS_DATE : 1));

// Chrono is slow next to our own reader (a millisecond a sentence); it only reads forms ours does
// not ("Sept. 5th", "the 5th of June"), so it gets a sentence only with a day number next to a
// month. Months are capitalized in both languages: "where the march ended" has none.
function looksDated(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): boolean {
  for (let j = s.first; j <= s.last; j++) {
    if (ts.kind[j] !== TokenKind.word || !isCapitalized(ts, j) || !lex.months.has(lowerAt(ts, j))) continue;
    for (let k = Math.max(s.first, j - 4); k <= Math.min(s.last, j + 4); k++) if (ts.kind[k] === TokenKind.number) return true;
  }
  return false;
}

// "The 2027 budget", "Haushalt 2027": a year alone dates an event only behind a preposition ("im
// Jahr 2027", "in 2027").
function bareYear(ts: TokenStream, m: DateMention): boolean {
  return m.value.precision === "year" && m.first === m.last && ts.kind[m.first] === TokenKind.number;
}

function datesIn(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): DateMention[] {
  const found: DateMention[] = [];
  const filter = starterFilter(lex);
  for (let j = s.first; j <= s.last; j++) {
    if (!mayStartDate(ts, j, lex, filter) || !dateWithinReach(ts, j, s.last, lex)) continue;
    const m = readDate(ts, j, lex, pub);
    if (m && bareYear(ts, m)) continue;
    if (m && m.last <= s.last) {
      found.push(m);
      j = m.last;
    }
  }
  return found;
}

function isDateWord(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, k);
  return lex.weekdays.has(w) || lex.months.has(w) || (lex.datePrepositions.has(w) && (lex.weekdays.has(lowerAt(ts, k + 1)) || lex.months.has(lowerAt(ts, k + 1))));
}

// Adverbs between a fronted verb and its subject: "bestätigte auch die Regierung erstmals".
const ACTOR_REACH = 3;

/** Who did what the event word at `verb`..`last` says: "bestätigte auch die Regierung", "the ministry admitted". */
function actorOf(ts: TokenStream, verb: number, last: number, s: SentenceSpan, lex: CompiledLexicon): string | undefined {
  if (lex.language === "de") {
    for (let k = last + 1; k <= s.last && k - last <= ACTOR_REACH + 1; k++) {
      // "bestätigte am Montag die Polizei": the day is when, not who.
      if (isDateWord(ts, k, lex)) continue;
      const span = readClaimantRight(ts, k, s.last, lex);
      if (span) return nameClaimant(ts, span, lex);
      if (ts.kind[k] !== TokenKind.word || isCapitalized(ts, k)) break;
    }
  }
  const left = verb > s.first ? readClaimantLeft(ts, verb - 1, s.first, lex) : null;
  return left ? nameClaimant(ts, left, lex) : undefined;
}

function fromMention(ts: TokenStream, m: DateMention): Dated {
  return { start: ts.start[m.first] ?? 0, end: ts.end[m.last] ?? 0, value: m.value, rule: m.rule, at: m.first, last: m.last };
}

// "Während es der Armee im August gelang, …, schlossen beide einen Vertrag": a date inside a
// subordinate clause the event word is not in dates that clause's event, not this one.
function inOtherSubordinateClause(ts: TokenStream, s: SentenceSpan, at: number, last: number, verb: number, lex: CompiledLexicon): boolean {
  let start = at;
  while (start > s.first && !ASIDE_BREAKS.has(tokenAt(ts, start - 1))) start--;
  // "Die Gewerkschaften kündigten für Dienstag, den 30. Mai, …": an article opening the sentence is no relative pronoun.
  if (!lex.subordinators.has(lowerAt(ts, start)) || (start === s.first && lex.relativePronouns.has(lowerAt(ts, start)))) return false;
  // "Dienstag, den 30. Mai": the comma inside the date does not close its clause.
  let end = last;
  while (end < s.last && !ASIDE_BREAKS.has(tokenAt(ts, end + 1))) end++;
  return verb < start || verb > end;
}

// A possessive weekday names the day of the noun right after it: in "published the final count of
// Sunday's referendum", Sunday is the referendum's day, never the count's.
const POSSESSIVE_REACH = 3;

function possessiveOfOtherNoun(ts: TokenStream, m: DateMention, verb: number): boolean {
  const w = lowerAt(ts, m.last);
  if (!w.endsWith("'s") && !w.endsWith("’s")) return false;
  return !(verb > m.last && verb - m.last <= POSSESSIVE_REACH);
}

// The date of the event in sentence `s`: the one nearest the event verb, chrono's reading when ours
// finds none, or a date framing the paragraph a sentence or two earlier.
// The date mentions of each sentence, read once per article however many event words it holds.
type DateMemo = Map<number, DateMention[]>;

function memoDatesIn(memo: DateMemo, ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): DateMention[] {
  let found = memo.get(s.first);
  if (!found) memo.set(s.first, (found = datesIn(ts, s, lex, pub)));
  return found;
}

function dateFor(ts: TokenStream, s: SentenceSpan, verb: number, lex: CompiledLexicon, pub: Ymd | null, memo: DateMemo): { date: Dated; from: SentenceSpan } | null {
  // Pushed one by one, not filtered and mapped: `map` of an empty list makes an array of another kind
  // than of a full one, and the optimized function, specialized on one, was thrown back to the
  // interpreter and compiled again (twice while the bench's timed passes ran).
  const own: Dated[] = [];
  for (const m of memoDatesIn(memo, ts, s, lex, pub)) {
    if (inOtherSubordinateClause(ts, s, m.first, m.last, verb, lex) || possessiveOfOtherNoun(ts, m, verb) || isDateOfOtherAct(ts, m.first, m.last, verb, lex)) continue;
    if (!isYearOfDescribedNoun(ts, m, verb, lex)) own.push(fromMention(ts, m));
  }
  own.sort((a, b) => Math.abs(a.at - verb) - Math.abs(b.at - verb));
  if (own[0]) return { date: own[0], from: s };
  if (looksDated(ts, s, lex)) {
    const offset = ts.start[s.first] ?? 0;
    const sentenceText = ts.text.slice(offset, ts.end[s.last]);
    const viaChrono = readDatesWithChrono(sentenceText, lex.language, pub)[0];
    if (viaChrono) return { date: { ...viaChrono, start: offset + viaChrono.start, end: offset + viaChrono.end, at: verb, last: verb }, from: s };
  }
  let current = s;
  for (let back = 0; back < FRAME_REACH && current.first > 0 && !isLineBreakBefore(ts, current.first); back++) {
    const earlier = findSentence(ts, current.first - 1, lex);
    const mentions = memoDatesIn(memo, ts, earlier, lex, pub);
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

// "the National Election Commission announced on Thursday": an English noun capitalized between
// capitalized words is part of a name, and the name's day is not the vote's.
function isInsideName(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en" || !isCapitalized(ts, j) || j === 0 || isLineBreakBefore(ts, j)) return false;
  const before = ts.kind[j - 1] === TokenKind.word && isCapitalized(ts, j - 1);
  const after = ts.kind[j + 1] === TokenKind.word && isCapitalized(ts, j + 1);
  return before || after;
}

// The sentences (by first token) whose event words announce an act to come. A function of its own,
// not a closure in extractDates: the bench runs under tsx, whose keepNames renames every closure
// made per call, and that renaming cost more than the closure's work.
function announcingSentences(ts: TokenStream, verbs: readonly number[], lex: CompiledLexicon): Set<number> {
  const announcing = new Set<number>();
  for (const verb of verbs) if (matchPhraseForward(ts, verb, lex.eventWords)?.phrase.value.ahead) announcing.add(findSentence(ts, verb, lex).first);
  return announcing;
}

/**
 * Date candidates: a date becomes a claim when its sentence says what happened on it — signed,
 * confirmed, collapsed, elected… (the event concepts of `concepts.ts`). `verbs` are the token
 * indices of event words found by the main scan, so sentences without one cost nothing here. A
 * confirmation or announcement in a sentence that already gave a figure (`quantitySentences`, by
 * first token, to its first figure's token) is the figure's source, not an event of its own.
 */
export function extractDates(ts: TokenStream, verbs: number[], lex: CompiledLexicon, pub: Ymd | null, quantitySentences: ReadonlyMap<number, number>): ClaimCandidate[] {
  // Every event word of a sentence proposes its date; one date goes to the event word nearest it
  // ("Im Juni unterzeichneten beide einen Vertrag, der Hilfe zusichert, falls eines angegriffen wird").
  const memo: DateMemo = new Map();
  // Sentences (by first token) that announce an act to come ("soll … beginnen", "starts"): a noun's
  // day there lies ahead. Gathered only when a noun has found a day (most articles have none).
  let announcing: Set<number> | null = null;
  const best = new Map<string, { verb: number; last: number; event: EventConcept; denial: boolean; ahead: boolean; named: boolean; s: SentenceSpan; found: { date: Dated; from: SentenceSpan }; distance: number }>();
  for (const verb of verbs) {
    const match = matchPhraseForward(ts, verb, lex.eventWords);
    if (!match) continue;
    const { event, denial, ahead: aheadWord = false, purpose = false } = match.phrase.value;
    // "on Wednesday to protest": an infinitive of purpose reports the act as a verb does; one that
    // is no purpose ("plan to protest", "demonstrieren wollen") dates nothing.
    const purposeHere = (purpose || match.phrase.value.named === true) && isPurposeInfinitive(ts, verb, lex);
    if (purpose && !purposeHere) continue;
    const named = match.phrase.value.named === true && !purposeHere;
    if (event.key === "vote" && isInsideName(ts, verb, lex)) continue;
    const s = findSentence(ts, verb, lex);
    if (SOURCE_EVENTS.has(event.key) && quantitySentences.has(s.first)) continue;
    // Most event words find no date; the furniture test (a scan back to the line start) waits for one.
    const found = dateFor(ts, s, verb, lex, pub, memo);
    if (!found || isPageFurniture(ts.text, ts.start[verb] ?? 0, lex) || isPageFurniture(ts.text, found.date.start, lex)) continue;
    if (named && isDayOfSaying(ts, found.date.at, lex)) continue;
    // "announced a strike for June": June is the strike's, not the announcement's.
    const announcedFor = isDateAnnouncedFor(ts, found.date.at, s, lex);
    if (announcedFor && event.key === "announce") continue;
    // A noun naming the event dates it only with a day of its own sentence close to it.
    const bound = named ? (found.from === s ? namedEventDate(ts, verb, match.last, found.date.at, found.date.last, quantitySentences.get(s.first), (announcing ??= announcingSentences(ts, verbs, lex)).has(s.first), lex) : null) : { ahead: aheadWord };
    if (!bound) continue;
    // "Farmers plan to protest on Saturday", "The union will strike on Monday": the day lies ahead.
    // "is scheduled for July 10": the day's own words say it is planned.
    const ahead = bound.ahead || announcedFor || isPlannedAhead(ts, verb, s.first, s.last, lex) || isDayPlannedFor(ts, found.date.at, lex);
    // "published the final count": a verb that needs an object leaves the day to another event word without one.
    const object = event.needsObject ? eventObject(ts, s, verb, lex) : null;
    if (event.needsObject && !object) continue;
    const key = `${found.date.start}:${found.date.end}`;
    const distance = Math.abs(found.date.at - verb);
    const seen = best.get(key);
    // A verb reporting what happened on the day outranks a noun naming an event near it.
    const better = !seen || (seen.named && !named) || (seen.named === named && distance < seen.distance);
    if (better) best.set(key, { verb, last: match.last, event, denial, ahead, named, s, found, distance });
  }
  const out: ClaimCandidate[] = [];
  for (const { verb, last, event, denial, ahead, s, found } of best.values()) {
    const context = readSentenceContext(ts, s, lex, pub);
    // "The fire broke out on Sunday, the fire service said": the day of what happened is told in the
    // outlet's voice, the source vouching for the figures; a day ahead ("Der Streik soll am 2. Juni
    // beginnen, teilte die Gewerkschaft mit") is the plan of whoever announces it.
    const attribution = event.publicAct ? undefined : event.question ? actorOf(ts, verb, last, s, lex) : ahead ? pickAttribution(ts, context.claimants, verb, lex, context.first, context.last) : undefined;
    const object = eventObject(ts, s, verb, lex);
    out.push({
      valueKind: "date",
      quote: ts.text.slice(found.date.start, found.date.end),
      start: found.date.start,
      end: found.date.end,
      sentenceStart: ts.start[found.from.first] ?? 0,
      sentenceEnd: ts.end[s.last] ?? found.date.end,
      value: ahead && found.date.value.kind === "date" ? movedAhead(found.date.value, found.date.rule, pub) : found.date.value,
      subject: event.key,
      qualifiers: object ? [object] : [],
      scope: {},
      ...(attribution ? { attribution } : {}),
      certainty: denial ? "denied" : context.certainty,
      rule: `${found.date.rule} + ${lex.language}.event.${tokenAt(ts, verb).toLowerCase()}`,
    });
  }
  return out;
}
