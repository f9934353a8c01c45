import type { CompiledLexicon } from "./lexicon";
import { BUDGET_YEAR_LEADS } from "./lexicon/budget-year-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes } from "./lexicon/rule-words";
import { looksLikeYear } from "./looks-like-year";
import { datesMoneyInClause } from "./not-a-count";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// Flows of a budget: money spent, taken in, borrowed or invested over a budget year. A stock (debt, a
// reserve) is a level at a day and keeps its as-of ("debt of €66.4bn at the end of 2028").
const BUDGET_FLOWS = new Set(["budget", "spending", "revenue", "deficit", "investment"]);
const LEADS = phraseIndexes(BUDGET_YEAR_LEADS);
const SPAN_WORDS = new Set(["bis", "to", "through", "-", "–", "und", "and", "or", "oder"]);

/** Whether a qualifier is a budget year this reader gave: "2031", "2031/32". */
export function isBudgetYear(qualifier: string): boolean {
  return /^(19|20)\d\d(\/\d\d)?$/.test(qualifier);
}

/** The year written by token `i`, with a second year of a fiscal year ("2031/32", "2031/2032"): "2031/32". */
function yearAt(ts: TokenStream, i: number): { label: string; last: number } | null {
  if (i >= ts.count || ts.kind[i] !== TokenKind.number || !looksLikeYear(tokenAt(ts, i))) return null;
  const year = tokenAt(ts, i);
  const next = tokenAt(ts, i + 2);
  if (tokenAt(ts, i + 1) === "/" && ts.kind[i + 2] === TokenKind.number && /^\d\d(\d\d)?$/.test(next)) return { label: `${year}/${next.slice(-2)}`, last: i + 2 };
  return { label: year, last: i };
}

/**
 * The year written from token `i` on as the year of a budget: "im Jahr 2031", "(2031)", "in 2031",
 * "for fiscal 2031/32" — the label ("2031", "2031/32") and its last token, or null. A span of years
 * ("für 2031 bis 2035", "in 2031 and 2032") is a plan over several budgets, not one year's.
 */
export function budgetYearAt(ts: TokenStream, i: number, lex: CompiledLexicon): { label: string; last: number } | null {
  if (tokenAt(ts, i) === "(") {
    const year = yearAt(ts, i + 1);
    return year && tokenAt(ts, year.last + 1) === ")" ? { label: year.label, last: year.last + 1 } : null;
  }
  const lead = matchPhraseForward(ts, i, LEADS[lex.language]);
  const year = lead ? yearAt(ts, lead.last + 1) : null;
  if (!year) return null;
  // "21,7 Mrd. Euro im Jahr 2031 und 22,4 Mrd. Euro …" is one year's.
  const joined = SPAN_WORDS.has(lowerAt(ts, year.last + 1)) && ts.kind[year.last + 2] === TokenKind.number && looksLikeYear(tokenAt(ts, year.last + 2));
  return joined ? null : year;
}

/**
 * The budget year written right after an amount of a budget flow that spans tokens `first`..`last`:
 * "21,7 Mrd. Euro im Jahr 2031", "2,3 Mrd. Euro (2031)", "€4.1bn in 2031", "£2bn for fiscal 2031/32",
 * or in German after the verb before it ("will 2025 … 5 Mrd. Euro aufnehmen") — as the
 * amount's qualifier ("2031", "2031/32"), since it tells which budget the amount is of. Null for any
 * other subject or when no year follows.
 */
export function readBudgetYear(ts: TokenStream, first: number, last: number, subject: string, lex: CompiledLexicon): string | null {
  if (!BUDGET_FLOWS.has(subject)) return null;
  return budgetYearAt(ts, last + 1, lex)?.label ?? yearBeforeMoney(ts, first, lex);
}

// How far back in its clause a year may stand before the money it dates (as not-a-count.ts reads it).
const BEFORE_REACH = 10;

/**
 * "Die Regierung will 2025 neue Kredite über 5 Milliarden Euro aufnehmen": a German year after the
 * verb, earlier in the clause of an amount starting at token `first`, is the year of its budget as
 * "im Jahr 2025" after it would be. Only when no other figure stands between them.
 */
function yearBeforeMoney(ts: TokenStream, first: number, lex: CompiledLexicon): string | null {
  if (lex.language !== "de") return null;
  for (let k = first - 1; k >= 0 && first - k <= BEFORE_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct) return null;
    if (ts.kind[k] !== TokenKind.number) continue;
    return looksLikeYear(tokenAt(ts, k)) && datesMoneyInClause(ts, k, lex) ? tokenAt(ts, k) : null;
  }
  return null;
}
