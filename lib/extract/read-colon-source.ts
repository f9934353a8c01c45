import type { SentenceSpan } from "./find-sentence";
import type { CompiledLexicon } from "./lexicon";
import { DOUBLE_QUOTES } from "./lexicon/punctuation";
import { REPORTED_SPEECH_VERBS } from "./lexicon/reported-speech-words";
import { wordSets } from "./lexicon/rule-words";
import { namesKnownSource } from "./names-known-source";
import type { ClaimantCue } from "./read-claimant-cue";
import { readClaimantRight, type ClaimantSpan } from "./read-claimant";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

const VERBS = wordSets(REPORTED_SPEECH_VERBS);

// The subject is a source only when it names one: an institution the tables know, a title, a short
// form ("IMO") or a name of two capitalized words — not "Die Lage" or "Ein Mandat".
function namesSource(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): boolean {
  let capitals = 0;
  for (let k = span.first; k <= span.last; k++) if (isCapitalized(ts, k)) capitals++;
  return capitals >= 2 || namesKnownSource(ts, span, lex);
}

/**
 * "Der Rechnungshof kommt zu einem anderen Ergebnis: Die Lücke betrage 600 Millionen Euro", "Die
 * Gewerkschaft hält das für übertrieben: Die Forderung koste höchstens 140 Millionen Euro": German
 * reported speech after a colon gives what the subject opening the sentence holds, whatever its verb.
 * A cue for that subject, or null when the sentence has no colon, no reported speech after it
 * (outside quotation marks), or opens with no named source.
 */
export function readColonSource(ts: TokenStream, s: SentenceSpan, lex: CompiledLexicon): ClaimantCue | null {
  const verbs = VERBS[lex.language];
  if (verbs.size === 0) return null;
  let colon = -1;
  for (let k = s.first + 2; k < s.last; k++) {
    if (tokenAt(ts, k) === ":") {
      colon = k;
      break;
    }
  }
  if (colon < 0) return null;
  let reported = false;
  let quoted = false;
  for (let k = colon + 1; k <= s.last && !reported; k++) {
    if (DOUBLE_QUOTES.has(tokenAt(ts, k))) quoted = !quoted;
    else reported = !quoted && ts.kind[k] === TokenKind.word && verbs.has(lowerAt(ts, k));
  }
  if (!reported) return null;
  const span = readClaimantRight(ts, s.first, colon - 1, lex);
  if (!span || !namesSource(ts, span, lex)) return null;
  return { at: span.first, span, explicit: false, last: span.last };
}
