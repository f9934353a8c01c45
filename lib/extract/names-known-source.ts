import type { CompiledLexicon } from "./lexicon";
import { claimantWord } from "./name-claimant";
import type { ClaimantSpan } from "./read-claimant";
import { lowerAt, tokenAt, type TokenStream } from "./tokens";

const ABBREVIATED_NAME = /^\p{Lu}{2,6}$/u;

/** Whether a word is a short form in capitals, as organisations are named ("IMO", "CGT", "FCP"). */
export const isAbbreviatedName = (word: string): boolean => ABBREVIATED_NAME.test(word);

/**
 * Whether a claimant phrase names a source by a word the tables know: a title, an institution
 * ("die Polizei", "the ministry") or a short form ("die CGT"). False for a phrase of plain nouns
 * ("Die Lage", "Der Steuerfuss") or of names alone, which callers judge by their own wording.
 */
export function namesKnownSource(ts: TokenStream, span: ClaimantSpan, lex: CompiledLexicon): boolean {
  for (let k = span.first; k <= span.last; k++) {
    const w = lowerAt(ts, k);
    if (lex.titles.has(w) || claimantWord(w, lex) !== undefined || isAbbreviatedName(tokenAt(ts, k))) return true;
  }
  return false;
}
