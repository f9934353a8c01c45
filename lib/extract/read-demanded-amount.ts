import type { CompiledLexicon } from "./lexicon";
import { DEMAND_VERBS } from "./lexicon/demand-words";
import { wordSets } from "./lexicon/rule-words";
import { readQuantity } from "./read-quantity";
import { readCurrencyBefore, readUnitAfter } from "./read-unit";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const VERBS = wordSets(DEMAND_VERBS);
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—", ".", "!", "?", "dass", "that", "nachdem", "weil", "während"]);
// "fordert 8 Prozent mehr Lohn", "hatten zuletzt 3 Prozent mehr Lohn angeboten": how far the amount may stand from the verb.
const REACH = 8;

/** Whether `word` is a verb of demanding or offering whose giver is credited only with an amount. */
export const isDemandVerb = (word: string, lex: CompiledLexicon): boolean => VERBS[lex.language].has(word);

// A share or a sum of money starting at token `k`: "8 Prozent", "500 Euro", "€500".
function amountAt(ts: TokenStream, k: number, lex: CompiledLexicon): boolean {
  if (ts.kind[k] !== TokenKind.number) return false;
  if (readCurrencyBefore(ts, k, lex)) return true;
  const q = readQuantity(ts, k, lex);
  const unit = q ? readUnitAfter(ts, q.last + 1, lex)?.unit : undefined;
  return unit?.kind === "percent" || unit?.kind === "currency";
}

/**
 * Whether the demand or offer verb at token `j` governs an amount in its clause: after it ("Verdi
 * fordert 8 Prozent mehr Lohn") or, at a German clause end, before it ("hatten zuletzt 3 Prozent
 * angeboten"). "verlangt eine Nachzählung, nachdem die CDU 41 Prozent erhielt" governs none.
 */
export function governsAmount(ts: TokenStream, j: number, first: number, last: number, lex: CompiledLexicon): boolean {
  for (let k = j + 1; k <= last && k - j <= REACH && !CLAUSE_BREAKS.has(lowerAt(ts, k)); k++) if (amountAt(ts, k, lex)) return true;
  for (let k = j - 1; k >= first && j - k <= REACH && !CLAUSE_BREAKS.has(lowerAt(ts, k)); k--) if (amountAt(ts, k, lex)) return true;
  return false;
}
