import type { CompiledLexicon } from "./lexicon";
import { LIFE_COST_VERBS } from "./lexicon/lives-cost-words";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { wordSets } from "./lexicon/rule-words";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

const COST_VERBS = wordSets(LIFE_COST_VERBS);
// From "das Leben" back to its verb, across the count: "kostete nach Angaben der Behörden
// mindestens zwölf Menschen das Leben", "verloren am Wochenende das Leben".
const REACH = 20;

/** Whether the state read at `first`..`last` is the bare object "das Leben" (the dead concept's shortest state). */
export function isLifeObject(ts: TokenStream, first: number, last: number): boolean {
  return last === first + 1 && lowerAt(ts, first) === "das" && lowerAt(ts, last) === "leben";
}

/**
 * Whether "das Leben" at tokens `first`..`last`, said of a group counted before it, is the life a
 * verb of cost or loss took: "zwölf Menschen das Leben gekostet", "kostete zwölf Menschen das
 * Leben" and "verloren am Sonntag das Leben" are deaths; "rettete zwölf Menschen das Leben" is not
 * (nor "das Leben gerettet", a longer state of its own).
 */
export function isLifeCost(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  const verbs = COST_VERBS[lex.language];
  if (verbs.has(lowerAt(ts, last + 1))) return true;
  if (last + 1 < ts.count && !CLAUSE_ENDS.has(tokenAt(ts, last + 1))) return false;
  for (let k = first - 1; k >= 0 && first - k <= REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, k))) return false;
    if (verbs.has(lowerAt(ts, k))) return true;
  }
  return false;
}
