import type { Certainty } from "@/lib/claims/schema";
import type { Ymd } from "./date-math";
import type { SentenceSpan } from "./find-sentence";
import { Cue, Trigger, type CompiledLexicon } from "./lexicon";
import { readAsOf, type AsOf } from "./read-as-of";
import { opensDateWord } from "./read-trailing-as-of";
import { readCertaintyCue } from "./read-certainty-cue";
import { SPAN_OPENERS, readSpanOfDays } from "./read-span-of-days";
import { isDenialOfAnother } from "./denial-of-another";
import { readClaimantCue, type ClaimantCue } from "./read-claimant-cue";
import { readColonSource } from "./read-colon-source";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { memoByForm } from "./form-memo";
import { readHeadlineClaimant } from "./read-headline-claimant";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** What a sentence says about all of its claims: certainty, as-of date and the claimants it names. */
export type SentenceContext = SentenceSpan & {
  certainty: Certainty;
  /** Each certainty cue and the token it starts at, when the sentence has any (see certaintyAt). */
  cues?: { certainty: Certainty; at: number }[];
  asOf?: AsOf;
  /** The token the as-of phrase starts at: a figure takes it only from its own clause or the opening one. */
  asOfAt?: number;
  /** "over the two days", "am Wochenende" in a sentence that names a day as well (see spanOfFigure). */
  span?: AsOf;
  spanAt?: number;
  claimants: ClaimantCue[];
  /** "nach seinen Worten", "he said": the claimant is whoever the text named before. */
  pronoun: boolean;
  /** "sagte ihr Sprecher": the role itself, the claimant when nobody named before is found. */
  role?: ClaimantCue;
};

const CLAUSE_REACH = 10;

// `lex.sentenceCues` looked up once per word form (see memoByForm, which keeps 0 for "not yet"):
// 1 for a word that starts no cue, its flags plus 2 otherwise; and SPAN_OPENER added for a word that
// may open a span of days. Every word of a sentence with a figure is looked up, so both questions
// about it are answered by one table read.
const CUE_FLAGS_BASE = 2;
const SPAN_OPENER = 128;
const sentenceWordFlags = memoByForm((word, lex) => {
  const flags = lex.sentenceCues.get(word);
  return (flags === undefined ? CUE_FLAGS_BASE - 1 : flags + CUE_FLAGS_BASE) + (SPAN_OPENERS.has(word) ? SPAN_OPENER : 0);
});

function isEventWord(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  return ((lex.triggers.get(tokenAt(ts, k)) ?? 0) & Trigger.event) !== 0;
}

/**
 * Whether the date at `j` stands in a relative clause about a dated event: "the earthquake that
 * struck early on Monday has killed 1,214", "Das Beben, das am Montag die Region erschütterte,
 * forderte 1.214 Tote". That date is the event's, not the day the sentence's figures hold on.
 */
function inEventClause(ts: TokenStream, j: number, s: SentenceSpan, lex: CompiledLexicon): boolean {
  for (let k = j - 1; k >= s.first && j - k <= CLAUSE_REACH; k--) {
    const t = tokenAt(ts, k);
    if (ts.kind[k] === TokenKind.punct && t !== "-") {
      if (t !== "," || lex.language !== "de" || !lex.relativePronouns.has(lowerAt(ts, k + 1))) return false;
      // German puts the clause's verb last: look up to the comma that closes it.
      for (let m = k + 2; m <= s.last && m - k <= CLAUSE_REACH * 2 && tokenAt(ts, m) !== ","; m++) if (isEventWord(ts, m, lex)) return true;
      return false;
    }
    if (lex.language === "en" && lex.relativePronouns.has(lowerAt(ts, k))) {
      for (let m = k + 1; m < j; m++) if (isEventWord(ts, m, lex)) return true;
      return false;
    }
  }
  return false;
}

const RANK: Record<Certainty, number> = { stated: 0, reported: 1, hedged: 2, denied: 3 };

/**
 * The certainty of the figure at token `at`: the strongest cue of its sentence, leaving out a cue
 * before a semicolon the figure follows ("bestritt, dass es über 150 seien; im Kernhaushalt
 * betrage sie 89,3": the denial stops at the semicolon), and a denial before a colon ("wies zurück,
 * dass 30.000 Stimmen fehlten: Es gehe um weniger als 400": what follows is the denier's own figure).
 */
export function certaintyAt(ts: TokenStream, context: SentenceContext, at: number): Certainty {
  if (!context.cues) return context.certainty;
  let certainty: Certainty = "stated";
  for (const cue of context.cues) {
    let cut = false;
    for (let k = cue.at + 1; k < at && !cut; k++) cut = tokenAt(ts, k) === ";" || (tokenAt(ts, k) === ":" && cue.certainty === "denied");
    if (cue.certainty === "denied" && isDenialOfAnother(ts, cue.at, at)) cut = true;
    if (!cut && RANK[cue.certainty] > RANK[certainty]) certainty = cue.certainty;
  }
  return certainty;
}

/**
 * Read the claim context of sentence `s` in one pass: the strongest certainty cue (denied over hedged
 * over reported over stated), the first as-of date, and every claimant cue. Each word costs one
 * lookup in the lexicon's cue table; only words that start a cue are looked at closer. Sentences
 * about troop numbers often hold two or three figures, which all share this.
 */
export function readSentenceContext(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): SentenceContext {
  const length = s.last - s.first;
  if (length < 0 || length >= SPAN_KEY_BASE) return readContext(ts, s, lex, pub);
  const contexts = contextsOf(ts, lex, pub);
  // Sentences are told apart by both ends: a sentence cut short by findSentence's length cap ends
  // elsewhere than the whole one starting at the same token.
  const key = s.first * SPAN_KEY_BASE + length;
  let context = contexts.get(key);
  if (!context) contexts.set(key, (context = readContext(ts, s, lex, pub)));
  return context;
}

// The contexts read in the stream asked about last, for its lexicon and day of publication: a
// sentence is read once for its first figure, and again by readers of the figures after it that look
// back for a source or an estimate named before (reportingSource, resolveClaimantPronoun,
// carriedEstimate) and by the dates. Callers only read a context, never change it, so one object
// serves them all. Only the stream asked about last is kept: an article is read whole before the next.
const SPAN_KEY_BASE = 65_536;
let lastStream: { ts: TokenStream | null; lex: CompiledLexicon | null; pub: Ymd | null; contexts: Map<number, SentenceContext> } = { ts: null, lex: null, pub: null, contexts: new Map() };

function contextsOf(ts: TokenStream, lex: CompiledLexicon, pub: Ymd | null): Map<number, SentenceContext> {
  if (lastStream.ts !== ts || lastStream.lex !== lex || lastStream.pub !== pub) lastStream = { ts, lex, pub, contexts: new Map() };
  return lastStream.contexts;
}

function readContext(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): SentenceContext {
  let certainty: Certainty = "stated";
  let cues: { certainty: Certainty; at: number }[] | undefined;
  let asOf: AsOf | null = null;
  let asOfAt = -1;
  let span: AsOf | null = null;
  let spanAt = -1;
  const claimants: ClaimantCue[] = [];
  const headline = readHeadlineClaimant(ts, s, lex);
  if (headline) claimants.push(headline);
  let pronoun = false;
  let role: ClaimantCue | undefined;
  for (let j = s.first; j <= s.last; j++) {
    // "am Wochenende", "over the two days": a span of days is no date word, so no cue of its own.
    const wordFlags = sentenceWordFlags(ts, j, lex);
    if (span === null && wordFlags & SPAN_OPENER) {
      span = readSpanOfDays(ts, j, s.last, lex, pub);
      if (span) spanAt = j;
    }
    const flags = (wordFlags & ~SPAN_OPENER) - CUE_FLAGS_BASE;
    if (flags < 0) continue;
    if (flags & Cue.certainty) {
      const cue = readCertaintyCue(ts, j, s.first, s.last, lex);
      if (cue && RANK[cue.certainty] > RANK[certainty]) certainty = cue.certainty;
      if (cue) (cues ??= []).push({ certainty: cue.certainty, at: j });
      // "laut Berichten", "Berichten zufolge" are report cues, not sources; "wies zurück" names its speaker.
      if (cue && cue.last > j && cue.certainty === "reported") {
        j = cue.last;
        continue;
      }
    }
    // A date preposition ("in", "am", "on") opens a date only before a date word ("Sonntagnachmittag" too) or a number.
    const opensDate = !lex.datePrepositions.has(lowerAt(ts, j)) || opensDateWord(ts, j + 1, lex);
    if (flags & Cue.asOf && asOf === null && opensDate && !inEventClause(ts, j, s, lex)) {
      asOf = readAsOf(ts, j, s.last, lex, pub);
      if (asOf) asOfAt = j;
    }
    if (flags & Cue.claimant) {
      const back = matchPhraseForward(ts, j, lex.claimantPronouns, s.last);
      if (back) {
        pronoun = true;
        j = back.last;
        continue;
      }
      const cue = readClaimantCue(ts, j, s.first, s.last, lex);
      if (cue?.pronoun) {
        pronoun = true;
        if (cue.role) role ??= cue;
      } else if (cue) {
        claimants.push(cue);
        j = cue.last;
      }
    }
  }
  if (claimants.length === 0 && !pronoun) {
    const colon = readColonSource(ts, s, lex);
    if (colon) claimants.push(colon);
  }
  // One literal shape, absent fields undefined rather than spread: this runs once per sentence with a figure.
  // A sentence with no day of its own takes its span for all its figures; with a day too, the span
  // keeps to the figures of its own clause (see spanOfFigure).
  if (asOf === null && span !== null) {
    asOf = span;
    asOfAt = spanAt;
    span = null;
  }
  return { first: s.first, last: s.last, certainty, cues, asOf: asOf ?? undefined, asOfAt: asOf ? asOfAt : undefined, span: span ?? undefined, spanAt: span ? spanAt : undefined, claimants, pronoun, role };
}
