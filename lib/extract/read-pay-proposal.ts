import type { CompiledLexicon } from "./lexicon";
import { isPayBargaining } from "./is-pay-bargaining";
import { proposalOfFigure } from "./read-demanded-amount";
import { isStrikeNoun } from "./read-strike-participation";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// What a percentage offered or demanded in a sentence about pay is a change of, when the article has
// named no demand before: the pay rise ("Lohn"), keyed as the engine keys "an 8% pay rise" and
// "8 Prozent mehr Lohn".
const PAY_RISE = { de: "de:lohn", en: "en:rise" } as const;
// Nouns of a proposal ("their offer of 3%", "ihr Angebot von 5 Prozent"): they name who proposes, not what changes.
const PROPOSAL_NOUNS = new Set(["en:offer", "en:demand", "de:angebot", "de:forderung"]);

/** Whether a counted noun's key is a proposal's ("offer", "Angebot"), which names no subject of its own. */
export const isProposalNoun = (key: string): boolean => PROPOSAL_NOUNS.has(key);

/**
 * The subject of a percentage governed by a verb or noun of demanding or offering ("raised its pay
 * offer to 6.2%", "the union, which is demanding 8%", "their offer of 3%") in a sentence about pay,
 * when the article names no earlier demand to take it from: the pay rise. Null when no proposal
 * governs the figure or the sentence is not about pay (a party "demanding" a recount after 41%).
 */
export function readPayProposal(ts: TokenStream, first: number, end: number, sentenceFirst: number, lex: CompiledLexicon): string | null {
  if (!proposalOfFigure(ts, first, end, lex) || !isPayBargaining(ts, sentenceFirst, end, lex) || !speaksOfPayOrStrike(ts, end, lex)) return null;
  return PAY_RISE[lex.language === "de" ? "de" : "en"];
}

// The verb alone ("Employers have offered 3%") says nothing of what is offered: pay or a strike must
// be named in the figure's sentence or the few before it ("after a 48-hour strike … their offer of 3%").
const CONTEXT_REACH = 80;
const PAY_NOUNS = { de: ["lohn", "löhne", "lohnangebot", "lohnerhöhung", "gehalt", "gehälter", "gehaltserhöhung", "tarifangebot"], en: ["pay", "wage", "wages", "salary", "salaries"] } as const;

function speaksOfPayOrStrike(ts: TokenStream, end: number, lex: CompiledLexicon): boolean {
  const language = lex.language === "de" ? "de" : "en";
  const pay: readonly string[] = PAY_NOUNS[language];
  for (let j = end; j >= 0 && end - j <= CONTEXT_REACH; j--) {
    if (ts.kind[j] !== TokenKind.word) continue;
    const w = lowerAt(ts, j);
    if (pay.includes(w) || isStrikeNoun(w, language)) return true;
  }
  return false;
}
