import type { CompiledLexicon } from "./lexicon";
import { PLAN_AHEAD } from "./lexicon/plan-ahead-words";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

const PLANS = wordSets(PLAN_AHEAD);
// How far before the event word the plan may stand ("plan to protest", "are set to march", "will
// again strike"), and after it in German ("am Samstag demonstrieren wollen").
const BEFORE = 4;
const AFTER = 2;

/**
 * Whether the event word at token `verb` tells of an act still to come: a word of the future or of
 * planning stands right before it in its clause ("Farmers plan to protest on Saturday", "The union
 * will strike on Monday", "Die Bauern wollen am Samstag demonstrieren") or, in German, right after
 * it ("… streiken wollen"). A weekday beside it is then the next such day, not the last.
 */
export function isPlannedAhead(ts: TokenStream, verb: number, first: number, last: number, lex: CompiledLexicon): boolean {
  const plans = PLANS[lex.language];
  for (let k = verb - 1; k >= first && verb - k <= BEFORE; k--) {
    if (ts.kind[k] === TokenKind.punct && tokenAt(ts, k) !== "'") break;
    if (plans.has(lowerAt(ts, k))) return true;
  }
  if (lex.language !== "de") return false;
  for (let k = verb + 1; k <= last && k - verb <= AFTER; k++) {
    if (ts.kind[k] === TokenKind.punct) break;
    if (plans.has(lowerAt(ts, k))) return true;
  }
  return false;
}
