import type { CompiledLexicon } from "./lexicon";
import { DEMAND_VERBS, OFFER_VERBS } from "./lexicon/demand-words";
import { wordSets } from "./lexicon/rule-words";
import { readQuantity } from "./read-quantity";
import { readCurrencyBefore, readUnitAfter } from "./read-unit";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

const DEMANDS = wordSets(DEMAND_VERBS);
const OFFERS = wordSets(OFFER_VERBS);
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—", ".", "!", "?", "dass", "that", "nachdem", "weil", "während"]);
// "fordert 8 Prozent mehr Lohn", "hatten zuletzt 3 Prozent mehr Lohn angeboten": how far the amount may stand from the verb.
const REACH = 8;

/** Whether `word` is a German verb of demanding or offering, whose giver is credited only with an amount. */
export const isDemandVerb = (word: string, lex: CompiledLexicon): boolean => lex.language === "de" && (DEMANDS.de.has(word) || OFFERS.de.has(word));

/** What a proposal is: a figure demanded and one offered answer two questions. */
export type Proposal = "demand" | "offer";

function proposalOf(word: string, lex: CompiledLexicon): Proposal | null {
  return DEMANDS[lex.language].has(word) ? "demand" : OFFERS[lex.language].has(word) ? "offer" : null;
}

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

/**
 * Whether a demand or offer verb governs the figure at tokens `first`..`last`, and which: before it
 * in its clause ("Die Arbeitgeber bieten 5,5 Prozent", "Employers have offered 3%") or at a German
 * clause end after it ("hatten zuletzt 3 Prozent angeboten").
 */
export function proposalOfFigure(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): Proposal | null {
  for (let k = first - 1; k >= 0 && first - k <= REACH && !CLAUSE_BREAKS.has(lowerAt(ts, k)); k--) {
    const proposal = proposalOf(lowerAt(ts, k), lex);
    if (proposal) return proposal;
  }
  if (lex.language !== "de") return null;
  for (let k = last + 1; k < ts.count && k - last <= REACH && !CLAUSE_BREAKS.has(lowerAt(ts, k)); k++) {
    const proposal = proposalOf(lowerAt(ts, k), lex);
    if (proposal) return proposal;
  }
  return null;
}
