import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { PLEDGE_BEFORE, SET_ASIDE_BEFORE, SET_ASIDE_PARTICLES } from "./lexicon/set-aside-words";
import { lowerAt, type TokenStream } from "./tokens";

const BEFORE = phraseIndexes(SET_ASIDE_BEFORE);
const PARTICLES = wordSets(SET_ASIDE_PARTICLES);
const PLEDGES = phraseIndexes(PLEDGE_BEFORE);

/**
 * The verb ending at token `j` that puts the money after it by for a use ("has set aside up to
 * €12bn", "hat 2 Milliarden Euro bereitgestellt" read at its closing word), as its first and last
 * token; else null.
 */
export function setAsideVerbAt(ts: TokenStream, j: number, lex: CompiledLexicon): { first: number; last: number } | null {
  const m = matchPhraseBackward(ts, j, BEFORE[lex.language]);
  return m ? { first: m.first, last: j } : null;
}

/**
 * Whether the word at `j`, closing a German clause after the money, puts it by: a separable verb's
 * particle ("stellt 2 Milliarden Euro bereit") or a participle ("hat 2 Milliarden Euro bereitgestellt").
 */
export function closesWithSetAside(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return j >= 0 && (PARTICLES[lex.language].has(lowerAt(ts, j)) || setAsideVerbAt(ts, j, lex) !== null);
}

/** The verb ending at token `j` that pledges the money after it to others ("has pledged €40m", "hat 30 Millionen Euro zugesagt" read at its closing word); else null. */
export function pledgeVerbAt(ts: TokenStream, j: number, lex: CompiledLexicon): { first: number; last: number } | null {
  if (j < 0) return null;
  const m = matchPhraseBackward(ts, j, PLEDGES[lex.language]);
  return m ? { first: m.first, last: j } : null;
}
