import { Trigger, type CompiledLexicon } from "./lexicon";
import type { SentenceContext } from "./read-sentence-context";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";
import { ASIDE_BREAKS } from "./lexicon/punctuation";

const COORDINATORS = new Set(["und", "and"]);

// "Das Feuer war am Sonntagnachmittag ausgebrochen und hat … 9000 Hektar vernichtet", "The fire
// broke out on Sunday and has burnt 9,000 hectares": a date in a clause that reports an event and
// that "und"/"and" closes before the figure dates the event, not the figure. An "and" after another
// figure joins the two figures ("published on Friday had put Yes at 54% and No at 46%"), not clauses.
function datesEventBefore(ts: TokenStream, sentenceFirst: number, at: number, figure: number, lex: CompiledLexicon): boolean {
  let and = -1;
  for (let j = at + 1; j < figure && and < 0 && ts.kind[j] !== TokenKind.number; j++) if (COORDINATORS.has(lowerAt(ts, j))) and = j;
  for (let j = sentenceFirst; j < and; j++) if (ts.kind[j] === TokenKind.word && ((lex.triggers.get(tokenAt(ts, j)) ?? 0) & Trigger.event) !== 0) return true;
  return false;
}

// "About 11,000 people are in shelters, a figure that has crept up since the dam broke in October":
// a date dates a figure from the figure's own clause, or from the clause that opens the sentence
// ("Am Freitag, kurz nach Mitternacht, …").
export function datesFigure(ts: TokenStream, context: SentenceContext, figure: number, lex: CompiledLexicon): boolean {
  const at = context.asOfAt ?? -1;
  if (at < 0) return true;
  const [from, to] = at < figure ? [at, figure] : [figure, at];
  let broken = false;
  for (let j = from; j < to && !broken; j++) broken = ASIDE_BREAKS.has(tokenAt(ts, j));
  if (!broken) return at > figure || !datesEventBefore(ts, context.first, at, figure, lex);
  if (at > figure) return false;
  for (let j = context.first; j < at; j++) if (ASIDE_BREAKS.has(tokenAt(ts, j))) return false;
  return true;
}
