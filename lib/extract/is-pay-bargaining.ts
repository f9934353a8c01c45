import type { CompiledLexicon } from "./lexicon";
import { PAY_WORDS } from "./lexicon/pay-words";
import { SENTENCE_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// "Management has offered 5.5%": a party's percentage in a sentence about pay is what it offers
// or demands, not its share of a vote (the words: lexicon/pay-words.ts).
const PAY = wordSets(PAY_WORDS);
// A figure's sentence is read this far after it for the noun ("5,5 Prozent mehr Lohn").
const AFTER_REACH = 4;

/** True when the sentence of the figure ending at token `end` speaks of pay bargaining. */
export function isPayBargaining(ts: TokenStream, sentenceFirst: number, end: number, lex: CompiledLexicon): boolean {
  const words = PAY[lex.language];
  for (let k = sentenceFirst; k <= end + AFTER_REACH && k < ts.count; k++) {
    if (k > end && ts.kind[k] === TokenKind.punct && SENTENCE_ENDS.has(tokenAt(ts, k))) break;
    if (ts.kind[k] === TokenKind.word && words.has(lowerAt(ts, k))) return true;
  }
  return false;
}
