import type { CompiledLexicon } from "./lexicon";
import { claimantWord, nameClaimant } from "./name-claimant";
import { readClaimantRight, type ClaimantSpan } from "./read-claimant";
import { TokenKind, endsInGenitiveS, isCapitalized, lowerAt, tokenAt, withoutGenitiveS, type TokenStream } from "./tokens";

// "…, against the ministry's 83.1%", "statt der vom Senat geplanten 40 Millionen", "well above the
// 3.2% targeted by the finance minister": a figure set against another often names its owner right
// at the figure, in words that belong to it alone. That owner vouches for this figure, whoever
// speaks for the sentence. Read from the figure outwards, never as a cue for its neighbours.

// English: a claimant noun in the genitive right before the figure ("the unions' 60,000"). Only a
// claimant noun: a party's or a place's genitive holds the figure ("the SPD's 29%", "Bavaria's
// €1bn"), it does not vouch for it.
const APOSTROPHE = /^['’]$/;

function genitiveOwner(ts: TokenStream, first: number, lex: CompiledLexicon): string | null {
  let k = first - 1;
  let word: string;
  if (k >= 1 && APOSTROPHE.test(tokenAt(ts, k)) && ts.kind[k - 1] === TokenKind.word) word = lowerAt(ts, --k);
  else if (k >= 0 && endsInGenitiveS(tokenAt(ts, k))) word = withoutGenitiveS(lowerAt(ts, k));
  else return null;
  if (isCapitalized(ts, k)) return null;
  // "the unions' 60,000": a plural's genitive names the group the lexicon knows in the singular.
  const known = claimantWord(word, lex) ?? (word.endsWith("s") && claimantWord(word.slice(0, -1), lex) !== undefined ? word : undefined);
  return known ?? null;
}

// English: "the 3.2% targeted by …", "the €2.3bn forecast by …", "4,700 counted by employers": a
// participle of estimating or counting right after the figure, then its agent. Only such verbs: the
// agent of "released by", "elected by" or "pledged by" acts on the figure, he does not vouch for it.
const GAUGE_PARTICIPLES = new Set([
  "forecast", "projected", "estimated", "targeted", "expected", "planned", "budgeted", "assumed", "predicted",
  "reported", "claimed", "cited", "quoted", "counted", "pencilled", "penciled",
]);

function agentAfter(ts: TokenStream, last: number, end: number, lex: CompiledLexicon): string | null {
  const verb = last + 1;
  if (verb + 2 > end || !GAUGE_PARTICIPLES.has(lowerAt(ts, verb)) || lowerAt(ts, verb + 1) !== "by") return null;
  const span = readClaimantRight(ts, verb + 2, end, lex) ?? nameAfterTitle(ts, verb + 2, end, lex);
  return span ? nameClaimant(ts, span, lex) : null;
}

// "by finance minister Georg Aichinger": a lowercase title before a name; the name is the agent.
const TITLE_WORDS = 3;

function nameAfterTitle(ts: TokenStream, from: number, end: number, lex: CompiledLexicon): ClaimantSpan | null {
  for (let k = from; k <= end && k - from <= TITLE_WORDS; k++) {
    if (ts.kind[k] !== TokenKind.word) return null;
    if (isCapitalized(ts, k)) return lex.titles.has(lowerAt(ts, k - 1)) ? readClaimantRight(ts, k, end, lex) : null;
  }
  return null;
}

// German: "der vom Senat geplanten 40 Millionen", "die von der Regierung erwarteten 1,3 Prozent": a
// participle used as adjective right before the figure, its agent after "von" before it.
const PARTICIPLE_ADJECTIVE = /(?:t|en)(?:e|en|er|es|em)$/;
const AGENT_MARKERS = new Set(["von", "vom"]);
const MAX_AGENT_WORDS = 5;

function agentBefore(ts: TokenStream, first: number, start: number, lex: CompiledLexicon): string | null {
  const participle = first - 1;
  if (participle <= start || ts.kind[participle] !== TokenKind.word || isCapitalized(ts, participle)) return null;
  if (!PARTICIPLE_ADJECTIVE.test(lowerAt(ts, participle))) return null;
  for (let k = participle - 2; k >= start && participle - k <= MAX_AGENT_WORDS + 1; k--) {
    if (ts.kind[k] !== TokenKind.word) return null;
    if (!AGENT_MARKERS.has(lowerAt(ts, k))) continue;
    const span = readClaimantRight(ts, k + 1, participle - 1, lex);
    return span && span.last === participle - 1 ? nameClaimant(ts, span, lex) : null;
  }
  return null;
}

/**
 * Who owns the figure at tokens `first`..`last` by words at the figure itself: a claimant noun's
 * genitive before it ("the ministry's 83.1%"), an agent after "the figure targeted by", or a German
 * "vom Senat geplanten" before it. `start`..`end` bound the sentence. Null when none is there.
 */
export function ownerAtFigure(ts: TokenStream, first: number, last: number, start: number, end: number, lex: CompiledLexicon): string | null {
  if (lex.language === "en") return genitiveOwner(ts, first, lex) ?? agentAfter(ts, last, end, lex);
  return agentBefore(ts, first, start, lex);
}
