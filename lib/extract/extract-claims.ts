import { parseIsoDate } from "./date-math";
import { extractDates } from "./extract-dates";
import { extractQuantity, type QuantityFound } from "./extract-quantity";
import { Trigger, getLexicon, type CompiledLexicon } from "./lexicon";
import type { ArticleContext, ClaimCandidate } from "./schema";
import { tokenize } from "./tokenize";
import { TokenKind } from "./tokens";

const TAUSEND = "tausend";
const HUNDERT = "hundert";

// German number words are open-ended compounds ("dreitausendzweihundert"), so they cannot all be in
// the trigger table. Only long words that contain a number morpheme get a closer look.
function mayBeGermanNumber(word: string): boolean {
  if (word.length < 8) return false;
  return word.includes(TAUSEND) || word.includes(HUNDERT) || word.endsWith("zig") || word.endsWith("ßig");
}

function triggerFlags(text: string, start: number, end: number, lex: CompiledLexicon): number {
  const word = text.slice(start, end);
  const flags = lex.triggers.get(word);
  if (flags !== undefined) return flags;
  return lex.compoundNumberWords && mayBeGermanNumber(word) ? Trigger.quantity : 0;
}

/**
 * Find the claims in an article: quantities with the noun they count, and dates of dated events,
 * each with exact offsets, the enclosing sentence, scope, attribution, certainty and the rule that
 * produced its value. Pure and total: any string gives a (possibly empty) list, sorted by position.
 * The text is tokenized once; the costly steps (sentence bounds, attribution, dates) run only at the
 * few tokens that can start a claim.
 */
export function extractClaims(text: string, context: ArticleContext): ClaimCandidate[] {
  const lex = getLexicon(context.language);
  const pub = context.publishedAt ? parseIsoDate(context.publishedAt) : null;
  const ts = tokenize(text);
  const out: ClaimCandidate[] = [];
  const eventVerbs: number[] = [];
  let previous: QuantityFound | null = null;
  let resume = 0;
  const { kind, start, end } = ts;
  for (let i = 0; i < ts.count; i++) {
    const k = kind[i];
    let flags = 0;
    if (k === TokenKind.number) flags = Trigger.quantity;
    else if (k === TokenKind.word) flags = triggerFlags(text, start[i] ?? 0, end[i] ?? 0, lex);
    if (flags === 0) continue;
    if (flags & Trigger.event) eventVerbs.push(i);
    if (flags & Trigger.quantity && i >= resume) {
      const found = extractQuantity(ts, i, lex, pub, previous);
      if (found) {
        out.push(found.candidate);
        previous = found;
        resume = found.last + 1;
      }
    }
  }
  if (eventVerbs.length > 0) out.push(...extractDates(ts, eventVerbs, lex, pub));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
