import type { Ymd } from "./date-math";
import { findSentence, type SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { DOUBLE_QUOTES } from "./lexicon/punctuation";
import { REPORTED_SPEECH_VERBS } from "./lexicon/reported-speech-words";
import { wordSets } from "./lexicon/rule-words";
import { nameClaimant } from "./name-claimant";
import { readSentenceContext } from "./read-sentence-context";
import { isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

const VERBS = wordSets(REPORTED_SPEECH_VERBS);

/**
 * Whether sentence `s` is in German reported speech: a verb in the subjunctive of reporting ("Die
 * Zinsausgaben seien um 300 Millionen Euro gestiegen", "Am Stromkai lägen fünf Schiffe fest") outside
 * a quotation. Such a sentence with no source of its own is still the source before it speaking.
 */
function isReportedSpeech(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): boolean {
  const verbs = VERBS[lex.language];
  if (verbs.size === 0) return false;
  let quoted = false;
  for (let k = s.first; k <= s.last; k++) {
    // A quotation opens someone's own words, whose mood is theirs, not the reporter's.
    if (DOUBLE_QUOTES.has(tokenAt(ts, k))) quoted = !quoted;
    else if (!quoted && verbs.has(lowerAt(ts, k))) return true;
  }
  return false;
}

// How many sentences back a source may stand when each one between goes on in reported speech.
const REACH = 3;

/**
 * The source German reported speech in sentence `s` goes on quoting: the last claimant named by a
 * cue ("sagte ein Sprecher", "laut …") in the sentence before, or further back while each sentence
 * between is reported speech too — never past a paragraph break, and never a name merely mentioned
 * ("Finanzsenator Jan Lütjens wies die Kritik zurück. Die Zinsausgaben seien …"). Undefined when `s`
 * is no reported speech, has a verb of saying of its own (whose source it names itself), or no
 * source stands before it.
 */
export function reportingSource(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon, pub: Ymd | null): string | undefined {
  if (!isReportedSpeech(ts, s, lex)) return undefined;
  for (let k = s.first; k <= s.last; k++) if (lex.speechVerbs.has(lowerAt(ts, k))) return undefined;
  let current = s;
  for (let back = 0; back < REACH && current.first > 0 && !isLineBreakBefore(ts, current.first); back++) {
    const earlier = findSentence(ts, current.first - 1, lex);
    const cues = readSentenceContext(ts, earlier, lex, pub).claimants;
    const last = cues[cues.length - 1];
    if (last) return last.name ?? nameClaimant(ts, last.span, lex);
    if (!isReportedSpeech(ts, earlier, lex)) return undefined;
    current = earlier;
  }
  return undefined;
}
