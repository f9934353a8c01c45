import { withTimeOfDay } from "./time-of-day";
import { parseIsoDate, type Ymd } from "./date-math";
import { extractDates } from "./extract-dates";
import { casesOfSick } from "./cases-of-sick";
import { countsOfTheMoment } from "./count-of-the-moment";
import { dedupeClaims } from "./dedupe-claims";
import { findSentence } from "./find-sentence";
import { extractQuantity, type ArticleMemory, type QuantityFound } from "./extract-quantity";
import { isArticleOneOfChange } from "./read-count-change";
import { isOneAsLevel } from "./read-one-as-level";
import { isOneSeat } from "./read-one-seat";
import { isPlaceCount } from "./is-place-count";
import { isOneBeforeComparative } from "./read-number-phrase";
import { readOnePerson } from "./read-one-person";
import { isOneOfFate } from "./read-one-of-fate";
import { mayStartQuantity } from "./read-quantity";
import { readShareInWords } from "./read-share-in-words";
import { ordinalWordValue } from "./read-ordinal-seat";
import { abbreviationsIn, holdersByAbbreviation } from "./name-abbreviations";
import { Trigger, getLexicon, triggerKey, type CompiledLexicon } from "./lexicon";
import type { ArticleContext, ClaimCandidate } from "./schema";
import { scratchTokenStream } from "./scratch-stream";
import { unquoteFigures } from "./unquote-figures";
import { TokenKind, formIdAt, lowerAt, type TokenStream } from "./tokens";

// German number words are open-ended compounds ("zehntausend", "dreihundert", "fünfundzwanzig"), so
// they cannot all be in the trigger table. Long words ending in a number morpheme get a closer look;
// rarer shapes ("dreitausendfünf") are missed, which news style (digits above twelve) makes cheap.
const COMPOUND_ENDINGS = ["tausend", "hundert", "zig", "ßig"];
const D = 100;
const G = 103;

function mayBeGermanNumber(text: string, start: number, end: number): boolean {
  if (end - start < 8) return false;
  const last = text.charCodeAt(end - 1);
  if (last !== D && last !== G) return false;
  for (const ending of COMPOUND_ENDINGS) if (text.startsWith(ending, end - ending.length)) return true;
  return false;
}

// Per lexicon: the trigger flags of each word form by form number (`formIdAt`), plus one (0 = not
// looked up yet), since a word's flags depend on its spelling alone and news repeats its words; and a
// second filter beside the lexicon's, by last character and length, so that most words that are no
// trigger are passed over without being looked up at all.
type TriggerTable = { flags: Uint8Array; lastFilter: Uint8Array };
const TRIGGER_TABLES = new WeakMap<CompiledLexicon, TriggerTable>();

function triggerTable(lex: CompiledLexicon): TriggerTable {
  let table = TRIGGER_TABLES.get(lex);
  if (!table) {
    const lastFilter = new Uint8Array(128 << 5);
    for (const word of lex.triggers.keys()) {
      const c = word.charCodeAt(word.length - 1);
      if (c < 128) lastFilter[triggerKey(c, word.length)] = 1;
    }
    TRIGGER_TABLES.set(lex, (table = { flags: new Uint8Array(1024), lastFilter }));
  }
  return table;
}

function lookUpTrigger(text: string, start: number, end: number, lex: CompiledLexicon): number {
  const flags = lex.triggers.get(text.slice(start, end));
  if (flags !== undefined) return flags;
  return lex.compoundNumberWords && mayBeGermanNumber(text, start, end) ? Trigger.quantity : 0;
}

function triggerFlags(ts: TokenStream, i: number, lex: CompiledLexicon, table: TriggerTable): number {
  const text = ts.text;
  const start = ts.start[i] ?? 0;
  const end = ts.end[i] ?? 0;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if ((first >= 128 || lex.triggerFilter[triggerKey(first, end - start)] === 1) && (last >= 128 || table.lastFilter[triggerKey(last, end - start)] === 1)) {
    const id = formIdAt(ts, i);
    if (id === 0) return lookUpTrigger(text, start, end, lex);
    if (id >= table.flags.length) {
      const grown = new Uint8Array(Math.max(id + 1, table.flags.length * 2));
      grown.set(table.flags);
      table.flags = grown;
    }
    const known = table.flags[id] ?? 0;
    if (known !== 0) return known - 1;
    const flags = lookUpTrigger(text, start, end, lex);
    table.flags[id] = flags + 1;
    return flags;
  }
  return lex.compoundNumberWords && mayBeGermanNumber(text, start, end) ? Trigger.quantity : 0;
}

// "one fewer", "einen weniger": an article or "one" before a comparative is the figure one; so is
// "ein Mann" whose fate the clause tells ("Ein Mann wird noch vermisst").
function startsAmount(ts: TokenStream, i: number, lex: CompiledLexicon): boolean {
  const next = lowerAt(ts, i + 1);
  return lex.multipliers.has(next) || lex.fractions.byFirst.has(lowerAt(ts, i)) || lex.vague.byFirst.has(lowerAt(ts, i)) || isOneBeforeComparative(ts, i, lex) || isArticleOneOfChange(ts, i, lex) || isOneSeat(ts, i, lex) || isOneAsLevel(ts, i, lex) || readOnePerson(ts, i, lex) !== null || isOneOfFate(ts, i, lex) || readShareInWords(ts, i, lex) !== null;
}

/**
 * Find the claims in an article: counts with what they count, amounts with their unit and what they
 * are of, and dates of what happened, each with exact offsets, the enclosing sentence, scope (place,
 * as-of days), attribution, certainty and the rule that produced its value. A figure the headline
 * repeats from the body is one claim. Pure and total: any string gives a (possibly empty) list,
 * sorted by position.
 * The text is tokenized once; the costly steps (sentence bounds, attribution, dates) run only at the
 * few tokens that can start a claim.
 */
export function extractClaims(text: string, context: ArticleContext): ClaimCandidate[] {
  const lex = getLexicon(context.language);
  const triggers = triggerTable(lex);
  const pub = context.publishedAt ? parseIsoDate(context.publishedAt) : null;
  const read = unquoteFigures(text);
  const ts = scratchTokenStream(read);
  // The lazily filled fields are set up front, in one order: every stream the readers see then has
  // the same hidden class, and their many reads of `ts.kind`, `ts.start`… stay monomorphic.
  ts.sentence = undefined;
  ts.sentences = undefined;
  const out: ClaimCandidate[] = [];
  const eventVerbs: number[] = [];
  const memory: ArticleMemory = { countries: [], subjects: new Map() };
  // Sentences that gave a figure (by first token), with the first figure's token.
  const quantitySentences = new Map<number, number>();
  let previous: QuantityFound | null = null;
  let resume = 0;
  const { kind } = ts;
  for (let i = 0; i < ts.count; i++) {
    const k = kind[i];
    let flags = 0;
    if (k === TokenKind.number) flags = Trigger.quantity;
    else if (k === TokenKind.word) flags = triggerFlags(ts, i, lex, triggers);
    if (flags === 0) continue;
    if (flags & Trigger.event) eventVerbs.push(i);
    // "a", "an", "ein", "eine" are numbers only before a multiplier ("a million", "eine halbe Million").
    if (flags & Trigger.quantity && k === TokenKind.word && lex.articleNumbers.has(lowerAt(ts, i)) && !startsAmount(ts, i, lex)) flags &= ~Trigger.quantity;
    // An ordinal word starts no amount, but may be a holder's seat total ("ihren elften Sitz").
    if (flags & Trigger.quantity && i >= resume && (mayStartQuantity(ts, i, lex) || (k === TokenKind.word && ordinalWordValue(lowerAt(ts, i), lex) !== undefined))) {
      const found = extractQuantity(ts, i, lex, pub, previous, memory);
      if (found) {
        out.push(found.candidate);
        if (!quantitySentences.has(found.sentence.first)) quantitySentences.set(found.sentence.first, found.first);
        if (previous && isPlaceCount(found.subject.subject, lex)) found.outer = previous;
        previous = found;
        resume = found.last + 1;
      }
    }
  }
  out.push(...readBareCountsAgain(ts, lex, pub, memory, out));
  if (eventVerbs.length > 0) out.push(...extractDates(ts, eventVerbs, lex, pub, quantitySentences));
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const lineEnd = text.indexOf("\n");
  const claims = casesOfSick(countsOfTheMoment(dedupeClaims(holdersByAbbreviation(out, abbreviationsIn(text)), lineEnd < 0 ? text.length : lineEnd), ts, context.language));
  // The quotes are the article's own words, quotation marks included.
  const quoted = read === text ? claims : claims.map((c) => ({ ...c, quote: text.slice(c.start, c.end) }));
  return quoted.map((c) => freshCopy(withTimeOfDay(c, text, context.language, context.publishedAt))) as ClaimCandidate[];
}

/**
 * "Police count 38,000 nationwide, organisers nearly 90,000" as a headline, the crowd counted only in
 * the body: a bare figure after a verb of counting counts the crowd counted later too. Each such
 * figure is read again once the article has counted its crowd, and so are the figures after it in
 * its sentence, which an elliptic clause ("…, organisers nearly 90,000") leaves to share its count.
 */
function readBareCountsAgain(ts: TokenStream, lex: CompiledLexicon, pub: Ymd | null, memory: ArticleMemory, found: readonly ClaimCandidate[]): ClaimCandidate[] {
  const pending = memory.bareCounts;
  if (!pending || (!memory.subjects.has("protesters/") && !memory.subjects.has("turnout/"))) return [];
  memory.bareCounts = undefined;
  const taken = new Set(found.map((c) => c.start));
  const out: ClaimCandidate[] = [];
  for (const first of pending) {
    const sentenceLast = findSentence(ts, first, lex).last;
    let previous: QuantityFound | null = null;
    for (let i = first; i <= sentenceLast; i++) {
      if (i !== first && ts.kind[i] !== TokenKind.number && !(ts.kind[i] === TokenKind.word && mayStartQuantity(ts, i, lex))) continue;
      if (previous && i <= previous.last) continue;
      const again = extractQuantity(ts, i, lex, pub, previous, memory);
      if (i === first && !again) break;
      if (!again) continue;
      previous = again;
      if (!taken.has(again.candidate.start)) out.push(again.candidate);
      taken.add(again.candidate.start);
    }
  }
  return out;
}

// The claims are handed out as copies built from empty objects, which V8 does not track by where
// they were made. Its allocation-site pretenuring watches each object literal: once a caller keeps
// the claims of many articles alive (scoring the evaluation sets, a server awaiting its writes),
// every literal on a claim's way out of the readers is judged long-lived for good and allocated in
// the old generation from then on. Those objects then die there and keep the short-lived strings they
// point to alive through young collections: in a process that had scored the evaluation sets,
// extraction ran at half the speed of a fresh one, with its old generation growing ~1.5 MB per
// young collection. Copying costs ~4% of extraction; the readers' literals now die young as they
// are meant to. Plain data only (the schema's shapes): arrays, plain objects, primitives. An object's
// fields are copied in one `Object.assign` (V8's fast path for an empty target, the same keys in the
// same order) and only its object fields copied again: a fifth cheaper than a call per field.
function freshCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(freshCopy);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = Object.assign({}, value as Record<string, unknown>);
  for (const key in copy) {
    const field = copy[key];
    if (field !== null && typeof field === "object") copy[key] = freshCopy(field);
  }
  return copy;
}
