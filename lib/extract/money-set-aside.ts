import type { CompiledLexicon } from "./lexicon";
import { matchPhraseBackward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { GIVE_FORMS_DE, PLEDGE_BEFORE, SET_ASIDE_BEFORE, SET_ASIDE_PARTICLES, SPEND_PARTICLE_DE } from "./lexicon/set-aside-words";
import { lowerAt, type TokenStream } from "./tokens";

const BEFORE = phraseIndexes(SET_ASIDE_BEFORE);
const PARTICLES = wordSets(SET_ASIDE_PARTICLES);
const PLEDGES = phraseIndexes(PLEDGE_BEFORE);
const GIVE = new Set(GIVE_FORMS_DE);
const GIVE_REACH = 8;

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
export function closesWithSetAside(ts: TokenStream, j: number, lex: CompiledLexicon, moneyFirst = j): boolean {
  if (j < 0) return false;
  if (lex.language === "de" && lowerAt(ts, j) === SPEND_PARTICLE_DE) return givenBefore(ts, moneyFirst);
  return PARTICLES[lex.language].has(lowerAt(ts, j)) || setAsideVerbAt(ts, j, lex) !== null;
}

/** A form of "geben" a few words before the money at `first` ("Der Bund gibt 2025 rund 480 Milliarden Euro aus"). */
function givenBefore(ts: TokenStream, first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= GIVE_REACH; k--) if (GIVE.has(lowerAt(ts, k))) return true;
  return false;
}

/** The verb ending at token `j` that pledges the money after it to others ("has pledged €40m", "hat 30 Millionen Euro zugesagt" read at its closing word); else null. */
export function pledgeVerbAt(ts: TokenStream, j: number, lex: CompiledLexicon): { first: number; last: number } | null {
  if (j < 0) return null;
  const m = matchPhraseBackward(ts, j, PLEDGES[lex.language]);
  return m ? { first: m.first, last: j } : null;
}
