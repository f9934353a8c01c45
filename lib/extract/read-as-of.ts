import { parseIsoDate, toIso, type Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import { RECORD_WORDS } from "./lexicon/as-of-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { looksLikeYear, type YearRange } from "./looks-like-year";
import { readDate } from "./read-date";
import { isYearBeforeParticiple } from "./year-before-participle";
import { TokenKind, endsInGenitiveS, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** The days a figure is said to hold on: one day, or an interval ("seit Montag" → Monday..publication). */
export type AsOf = { from: string; to: string };

// "mehr als im laufenden Jahr", "gegenüber dem laufenden Jahr", "up 3.2% on this year", "higher than
// last year": the period a change is measured against is the baseline's, not the figure's.
const BASELINE = new Set(["als", "than", "gegenüber", "on", "over", "against", "vs", "verglichen", "compared", "zum"]);
const SKIPPED = new Set(["im", "in", "dem", "the", "with", "mit"]);

// A year written alone ("2023"): "up 5.7 points on 2023" measures against that year's figure. After
// "on" or "than" a four-digit number is hardly a count, so any year from 1800 to 2999 is read.
const BASELINE_YEARS: YearRange = { earliest: 1800, latest: 2999 };
// How far back "than"/"als" may open the clause of a baseline year: "less than the city spent in 2026".
const THAN_REACH = 5;

// "0.7% less than the city spent in 2026", "weniger als die Stadt im Jahr 2026 ausgab": a year in a
// clause opened by "than"/"als" (not the hedge "more than 500") is the baseline's.
function isInThanClause(ts: TokenStream, j: number): boolean {
  for (let b = j - 1; b >= 0 && j - b <= THAN_REACH; b--) {
    if (ts.kind[b] === TokenKind.punct) return false;
    const w = lowerAt(ts, b);
    if (w === "than" || w === "als") return ts.kind[b + 1] !== TokenKind.number;
  }
  return false;
}

function isBaselinePeriod(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const w = lowerAt(ts, j);
  const k = lex.datePrepositions.has(w) || w === "the" ? j + 1 : j;
  const year = looksLikeYear(tokenAt(ts, k), BASELINE_YEARS) || (lex.language === "de" && lowerAt(ts, k) === "jahr" && looksLikeYear(tokenAt(ts, k + 1), BASELINE_YEARS));
  if (year && isInThanClause(ts, j)) return true;
  const relative = year || lex.currentWords.has(lowerAt(ts, k)) || lex.currentPeriods.has(lowerAt(ts, k)) || lex.previousWords.has(lowerAt(ts, k)) || (lowerAt(ts, k) === "the" && lex.currentWords.has(lowerAt(ts, k + 1)));
  if (!relative) return false;
  let b = j - 1;
  while (b >= 0 && SKIPPED.has(lowerAt(ts, b)) && j - b <= 2) b--;
  // "up 3.2% on this year", "down 4.2 points on 2023": "on" before a period of its own is a baseline, never a day.
  return BASELINE.has(lowerAt(ts, b)) || w === "on";
}

// How far before "seit"/"since" the record word may stand: "their worst result in the state since 1946".
const RECORD_REACH = 8;
const GERMAN_ENDINGS = ["", "e", "en", "er", "es", "em"];
const RECORDS = {
  de: new Set(RECORD_WORDS.de.flatMap((stem) => GERMAN_ENDINGS.map((ending) => stem + ending))),
  en: new Set(RECORD_WORDS.en),
};

// "die größte Kundgebung seit 2015", "the worst result since 1946": a record word before the
// "seit"/"since" in its clause; the span is how long the record stands.
function isRecordSpan(ts: TokenStream, marker: number, lex: CompiledLexicon): boolean {
  const records = RECORDS[lex.language];
  for (let b = marker - 1; b >= 0 && marker - b <= RECORD_REACH; b--) {
    if (ts.kind[b] === TokenKind.punct) return false;
    if (records.has(lowerAt(ts, b))) return true;
  }
  return false;
}


/**
 * Whether the date phrase at token `j` names the day of a happening by a possessive after a
 * preposition ("in Sunday's capsizing", "in Monday's drive"). After its figure it dates the figure
 * ("1,500 taxis had taken part in Monday's drive"), and before it too ("in Monday's drive, no more
 * than 950 took part") — except before a level a count has reached, which holds when reported ("the
 * number of dead in Sunday's capsizing has risen to 44"; see isLevelReached).
 */
export function namesHappeningDay(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return lex.datePrepositions.has(lowerAt(ts, j)) && endsInGenitiveS(lowerAt(ts, j + 1));
}

// How far a "since"/"seit" may open the phrase its day stands in: "since the attack was discovered early on Sunday".
const SINCE_REACH = 8;

/**
 * The "since"/"seit" that opens the phrase or clause a day at `j` stands in ("since the strike began
 * on Monday", "seit dem Angriff am Sonntag"), or -1: the figure then holds from that day until it is
 * reported, as after "since Monday". A comma, a number or another date word closes the search.
 */
function sinceOpening(ts: TokenStream, j: number, lex: CompiledLexicon): number {
  for (let b = j - 1; b >= 0 && j - b <= SINCE_REACH; b--) {
    if (ts.kind[b] !== TokenKind.word) return -1;
    if (lex.sinceMarkers.has(lowerAt(ts, b))) return b;
  }
  return -1;
}

/**
 * The as-of interval a time phrase at token `j` (ending by token `last`) gives a figure: "bis Mitte
 * Dezember" / "by mid-December" → that day (mid-month reads as the 15th), "seit Februar" / "since
 * Monday" → from then to publication, "am Freitag", "im Oktober", "gestern", "on Tuesday" → that day
 * or period. Null when no dated phrase starts here, or it needs a publication date that is not known.
 */
export function readAsOf(ts: TokenStream, j: number, last: number, lex: CompiledLexicon, pub: Ymd | null): AsOf | null {
  const marker = matchPhraseForward(ts, j, lex.asOfMarkers, last);
  if (marker) {
    const date = readDate(ts, marker.last + 1, lex, pub);
    if (!date || date.last > last) return null;
    if (lex.sinceMarkers.has(marker.phrase.key)) return isRecordSpan(ts, j, lex) ? null : { from: date.value.from, to: pub ? toIso(pub) : date.value.to };
    // "cut emissions by 40% by 2035", "bis 2032 um 280 Mio. Euro steigen": a year alone is the
    // deadline of a plan, told as it stands now; a level at the turn of the year says so ("by the end of 2027").
    if (date.value.kind === "date" && date.value.precision === "year") return null;
    if (date.part === "mid") {
      const day = parseIsoDate(date.value.from);
      const mid = day ? toIso({ ...day, d: 15 }) : date.value.to;
      return { from: mid, to: mid };
    }
    return { from: date.value.to, to: date.value.to };
  }
  // "vom 29. Oktober", "of June 3": a date attached to a noun dates that thing, not the figure.
  const before = lowerAt(ts, j - 1);
  // "up by €600m from Wednesday": the day of the figure it changed from; "15 Milliarden mehr als im
  // September", "more than in 2025": the day of the figure it is compared with.
  if (before === "vom" || before === "of" || before === "von" || before === "from" || before === "als" || before === "than") return null;
  if (isBaselinePeriod(ts, j, lex)) return null;
  // "won Sunday's election with 29.4%": a possessive weekday dates the noun after it, not the figure.
  if (endsInGenitiveS(lowerAt(ts, j))) return null;
  const date = readDate(ts, j, lex, pub);
  if (!date || date.last > last) return null;
  // "Im 1987 eröffneten Krankenhaus wurden 40 Verletzte behandelt": the year is the hospital's.
  if (date.value.kind === "date" && date.value.precision === "year" && isYearBeforeParticiple(ts, date.last, lex)) return null;
  const since = pub && date.value.kind === "date" && date.value.precision === "day" ? sinceOpening(ts, j, lex) : -1;
  if (since >= 0 && !isRecordSpan(ts, since, lex)) return { from: date.value.from, to: toIso(pub!) };
  return { from: date.value.from, to: date.value.to };
}
