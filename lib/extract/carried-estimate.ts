import type { Ymd } from "./date-math";
import { findSentence, type SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { ESTIMATE_NOUNS } from "./lexicon/estimate-words";
import { wordSets } from "./lexicon/rule-words";
import { readSentenceContext } from "./read-sentence-context";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// How many sentences back the report may stand when each one between goes on listing shares.
const REACH = 4;

const PERCENT = new Set(["%", "prozent", "percent", "per"]);

function givesShare(ts: TokenStream, s: SentenceSpan): boolean {
  for (let k = s.first; k < s.last; k++) if (ts.kind[k] === TokenKind.number && PERCENT.has(lowerAt(ts, k + 1))) return true;
  return false;
}

const ESTIMATE_WORDS = wordSets(ESTIMATE_NOUNS);

// "Nach der Wahlblick-Hochrechnung": a German compound ends in its noun.
function namesEstimate(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): boolean {
  const words = ESTIMATE_WORDS[lex.language];
  for (let k = s.first; k <= s.last; k++) {
    const w = lowerAt(ts, k);
    if (words.has(w)) return true;
    if (lex.language === "de") for (const e of words) if (w.endsWith(e)) return true;
  }
  return false;
}

function hasSpeechVerb(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): boolean {
  for (let k = s.first; k <= s.last; k++) if (lex.speechVerbs.has(lowerAt(ts, k))) return true;
  return false;
}

/**
 * "Laut einer Hochrechnung des Instituts X kam die SPD auf 28,5 Prozent. Die Grünen erreichten 12,5
 * Prozent.", "The poll by X put the SPD at 29.5%. The FDP was at 5%.": a projection or a poll
 * gives a list of shares, and news goes on with the list in sentences of their own without naming
 * the estimate again. The sentence naming the estimate (with its source) whose list a share in
 * sentence `s` continues — `s` names no source and has no verb of saying, and the sentence before
 * names the estimate or lists shares itself with no source (up to REACH sentences back) — or null:
 * a sentence between that gives no share ends the list.
 * The share takes the estimate's stage (a projection is no final result), not its source: whether
 * a share listed on is still credited to the estimate is the writer's call, and on text the rules
 * were not written from, crediting it read more labels wrong than right.
 */
export function carriedEstimate(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): SentenceSpan | null {
  // A sentence naming an estimate of its own ("Eine zweite Befragung für den Sender X sah …") is that one's.
  if (hasSpeechVerb(ts, s, lex) || namesEstimate(ts, s, lex)) return null;
  let current = s;
  for (let back = 0; back < REACH && current.first > 0; back++) {
    const earlier = findSentence(ts, current.first - 1, lex);
    const cues = readSentenceContext(ts, earlier, lex, pub).claimants;
    if (cues.length > 0) return namesEstimate(ts, earlier, lex) ? earlier : null;
    if (!givesShare(ts, earlier)) return null;
    current = earlier;
  }
  return null;
}
