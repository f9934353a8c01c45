import type { Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { readAsOf, type AsOf } from "./read-as-of";
import { opensNight } from "./read-date";
import { weekdayNamed } from "./read-relative-date";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

// A date after a figure dates it only within the figure's own clause: a comma, a dash or a new figure
// ends it, and so does a verb of speech ("81 were hurt, the ministry said on Friday", "…as officials
// told reporters on Friday"): the date after it is the day of the saying.
const CLAUSE_ENDS = new Set([",", ";", ":", "–", "—", "(", ".", "!", "?", "und", "and", "aber", "but", "dass", "that", "während", "while", "nachdem", "after", "als", "when"]);
// How far after the figure's own words its date may stand: "81 Verletzte bis Donnerstagabend", "a
// peak of 81 on Thursday night", "were injured on Thursday night". The night before a day ("in der
// Nacht zum Mittwoch") may stand anywhere in the figure's clause.
const REACH = 5;
// "up from 37 announced on Wednesday night", "the 31 arrests it reported on Thursday evening": a past
// form of speech right after the figure, or after a pronoun standing for its source, is a clause
// about the figure itself, and its day is the figure's.
const SOURCE_PRONOUNS = new Set(["it", "they", "he", "she"]);

function isSaidOfFigure(ts: TokenStream, after: number, j: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "en" || !lowerAt(ts, j).endsWith("ed")) return false;
  return j === after || (j === after + 1 && SOURCE_PRONOUNS.has(lowerAt(ts, after)));
}

/**
 * The as-of day written after the figure that ends at token `after - 1`: "a peak of 81 on Thursday
 * night", "a toll of 40 by Tuesday evening", "rund 8.000 am Sonntagnachmittag", "81 Verletzte bis
 * Donnerstagabend". It is read only when the sentence's first date stands before the figure (else
 * the sentence's reading already looked here): "60 on Wednesday and a peak of 81 on Thursday night"
 * gives the second figure Thursday. Null when no date opens within the figure's clause.
 */
export function readTrailingAsOf(ts: TokenStream, after: number, sentenceLast: number, lex: CompiledLexicon, pub: Ymd | null): AsOf | null {
  for (let j = after; j <= sentenceLast; j++) {
    const w = lowerAt(ts, j);
    if (CLAUSE_ENDS.has(w) || ts.kind[j] === TokenKind.number || (lex.speechVerbs.has(w) && !isSaidOfFigure(ts, after, j, lex))) return null;
    // "40 weitere wurden bei den Krawallen in der Altstadt in der Nacht zum Mittwoch verletzt": a
    // night before a day is specific enough to date the figure from anywhere in its clause.
    const night = opensNight(ts, j, lex);
    if (j > after + REACH && !night) continue;
    // "nach 14,9 Milliarden Euro Ende 2031", "up from €15.8bn this year": a period part or the current period opens a date too.
    const opens = night || matchPhraseForward(ts, j, lex.asOfMarkers, sentenceLast) !== null || (lex.datePrepositions.has(w) && opensDateWord(ts, j + 1, lex)) || lex.periodParts.has(w) || lex.currentWords.has(w) || lex.currentPeriods.has(w);
    if (!opens) continue;
    const asOf = readAsOf(ts, j, sentenceLast, lex, pub);
    if (asOf) return asOf;
  }
  return null;
}

/**
 * The night before a day standing in the figure's own clause before it, tokens `from`..`to`: "Die
 * Polizei teilte am Donnerstag mit, in der Nacht zum Mittwoch seien 40 Menschen festgenommen worden".
 * The sentence's first day there is the saying's. Null when the clause names no such night.
 */
export function readNightBefore(ts: TokenStream, from: number, to: number, lex: CompiledLexicon, pub: Ymd | null): AsOf | null {
  for (let j = from; j <= to; j++) if (opensNight(ts, j, lex)) return readAsOf(ts, j, to, lex, pub);
  return null;
}

// "am Sonntagnachmittag", "on Thursday": a date preposition opens a date only before a date word.
export function opensDateWord(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (ts.kind[j] === TokenKind.number) return true;
  const w = lowerAt(ts, j);
  return lex.dateStarters.has(w) || (ts.kind[j] === TokenKind.word && tokenAt(ts, j).length > 8 && weekdayNamed(w, lex) !== undefined);
}
