import type { CompiledLexicon } from "./lexicon";
import { GAP_JOINS, GAP_OPENERS, GAP_VERBS } from "./lexicon/margin-words";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { FOCUS_WORDS } from "./lexicon/word-class-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

const OPENERS = wordSets(GAP_OPENERS);
const JOINS = wordSets(GAP_JOINS);
const VERBS = wordSets(GAP_VERBS);
const REACH = 10;

/**
 * Whether the share starting at token `first` is the gap between two sides its clause opens with:
 * "Zwischen den Grünen und der SPD lagen 2 Prozent", "Between Labour and the Greens there were 3
 * points". Neither side holds it; a share in a later clause ("…, die CDU kam auf 30 Prozent") is
 * its own.
 */
export function isGapBetween(ts: TokenStream, first: number, sentenceFirst: number, lex: CompiledLexicon): boolean {
  // "lagen nur 1,5 Punkte", "there were just 3 points": a focus word between the verb and the share.
  const verb = FOCUS_WORDS.has(lowerAt(ts, first - 1)) ? first - 2 : first - 1;
  if (!VERBS[lex.language].has(lowerAt(ts, verb))) return false;
  let opener = -1;
  let joined = false;
  for (let k = verb - 1; k >= sentenceFirst && verb - k <= REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, k))) break;
    if (JOINS[lex.language].has(lowerAt(ts, k))) joined = true;
    if (OPENERS[lex.language].has(lowerAt(ts, k))) {
      opener = k;
      break;
    }
  }
  if (opener < 0 || !joined) return false;
  // The opener starts its clause: "Zwischen …" first in the sentence or after a clause's end.
  return opener === sentenceFirst || (ts.kind[opener - 1] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, opener - 1)));
}
