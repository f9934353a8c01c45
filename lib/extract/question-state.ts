import type { CompiledLexicon, ConceptRef } from "./lexicon";
import { SENTENCE_ENDS } from "./lexicon/punctuation";
import { stateAt } from "./read-state";
import { TokenKind, isLineBreakBefore, tokenAt, type TokenStream } from "./tokens";

// A question's own words: "How many people died?", "Wie viele wurden verletzt?".
const QUESTION_REACH = 16;

/**
 * Explainers in questions and answers ("How many were hurt? 46 people needed treatment", "Wer
 * musste sein Haus verlassen? Rund 400 Menschen"): the question right before the sentence starting
 * at `sentenceFirst` says what befell the people its answer counts. The state the question names,
 * or null when the sentence before is no question, names no state or gives a figure itself.
 */
export function questionState(ts: TokenStream, sentenceFirst: number, lex: CompiledLexicon): ConceptRef | null {
  const mark = sentenceFirst - 1;
  if (mark < 1 || tokenAt(ts, mark) !== "?") return null;
  let found: ConceptRef | null = null;
  for (let j = mark - 1; j >= 0 && mark - j <= QUESTION_REACH; j--) {
    if (ts.kind[j] === TokenKind.number) return null;
    if (ts.kind[j] === TokenKind.punct && SENTENCE_ENDS.has(tokenAt(ts, j))) break;
    const s = stateAt(ts, j, lex);
    if (s && s.last < mark) found = s.concept;
    if (isLineBreakBefore(ts, j)) break;
  }
  return found;
}
