import type { Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { readAsOf, type AsOf } from "./read-as-of";
import { weekdayNamed } from "./read-relative-date";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// A date after a figure dates it only within the figure's own clause: a comma, a dash or a new figure
// ends it, and so does a verb of speech ("81 were hurt, the ministry said on Friday", "…as officials
// told reporters on Friday"): the date after it is the day of the saying.
const CLAUSE_ENDS = new Set([",", ";", ":", "–", "—", "(", ".", "!", "?", "und", "and", "aber", "but", "dass", "that", "während", "while", "nachdem", "after", "als", "when"]);
// How far after the figure's own words its date may stand: "81 Verletzte bis Donnerstagabend", "a
// peak of 81 on Thursday night", "were injured on Thursday night".
const REACH = 5;

/**
 * The as-of day written after the figure that ends at token `after - 1`: "a peak of 81 on Thursday
 * night", "a toll of 40 by Tuesday evening", "rund 8.000 am Sonntagnachmittag", "81 Verletzte bis
 * Donnerstagabend". It is read only when the sentence's first date stands before the figure (else
 * the sentence's reading already looked here): "60 on Wednesday and a peak of 81 on Thursday night"
 * gives the second figure Thursday. Null when no date opens within the figure's clause.
 */
export function readTrailingAsOf(ts: TokenStream, after: number, sentenceLast: number, lex: CompiledLexicon, pub: Ymd | null): AsOf | null {
  const to = Math.min(after + REACH, sentenceLast);
  for (let j = after; j <= to; j++) {
    const w = lowerAt(ts, j);
    if (CLAUSE_ENDS.has(w) || ts.kind[j] === TokenKind.number || lex.speechVerbs.has(w)) return null;
    const opens = matchPhraseForward(ts, j, lex.asOfMarkers, sentenceLast) !== null || (lex.datePrepositions.has(w) && opensDateWord(ts, j + 1, lex));
    if (!opens) continue;
    const asOf = readAsOf(ts, j, sentenceLast, lex, pub);
    if (asOf) return asOf;
  }
  return null;
}

// "am Sonntagnachmittag", "on Thursday": a date preposition opens a date only before a date word.
export function opensDateWord(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] === TokenKind.number) return true;
  const w = lowerAt(ts, j);
  return lex.dateStarters.has(w) || (ts.kind[j] === TokenKind.word && tokenAt(ts, j).length > 8 && weekdayNamed(w, lex) !== undefined);
}
