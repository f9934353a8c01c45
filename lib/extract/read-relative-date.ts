import type { DateValue } from "@/lib/claims/schema";
import { addDays, dateRange, daysInMonth, monthPartValue, monthValue, toIso, weekdayOf, weekValue, yearValue, type Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import type { PeriodPart, PeriodUnit } from "./lexicon/types";
import { readNumberPhrase } from "./read-number-phrase";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { isCapitalized, isJoined, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** A relative date read at a position: its last token, value and rule name. */
export type RelativeDate = { last: number; value: DateValue; rule: string };

// "vor einem Jahr", "a year ago": the indefinite article is the number one here.
const ONE = new Set(["einem", "einer", "einen", "a", "an", "one"]);

function previousPeriod(unit: PeriodUnit, pub: Ymd, part?: PeriodPart): DateValue {
  if (unit === "year") {
    if (!part) return yearValue(pub.y - 1);
    const [from, to] = part === "early" ? [1, 4] : part === "mid" ? [5, 8] : [9, 12];
    // "Ende letzten Jahres": the last third of the year, as whole months.
    return dateRange({ y: pub.y - 1, m: from, d: 1 }, { y: pub.y - 1, m: to, d: daysInMonth(pub.y - 1, to) }, "month");
  }
  if (unit === "month") {
    const y = pub.m === 1 ? pub.y - 1 : pub.y;
    const m = pub.m === 1 ? 12 : pub.m - 1;
    return part ? monthPartValue(y, m, part) : monthValue(y, m);
  }
  if (unit === "week") return weekValue(addDays(pub, -7), part);
  const day = addDays(pub, -1);
  return dateRange(day, day, "day");
}

function ago(unit: PeriodUnit, n: number, pub: Ymd): DateValue {
  if (unit === "year") return yearValue(pub.y - n);
  if (unit === "month") {
    const index = pub.y * 12 + (pub.m - 1) - n;
    return monthValue(Math.floor(index / 12), (index % 12) + 1);
  }
  if (unit === "week") return weekValue(addDays(pub, -7 * n));
  const day = addDays(pub, -n);
  return dateRange(day, day, "day");
}

// "this year's budget", "des laufenden Jahres Haushalt" aside: a possessive period dates the noun after it.
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/**
 * The period of publication, or a part of it, starting at token `k`: "dieses Jahr", "im laufenden
 * Jahr", "heuer", "this week", "the current year", and after a period part "Ende der Woche", "the
 * end of the month". A year is the whole year (a deficit "this year" is the year's); a week or month
 * ends at publication, and "earlier this week" the day before it. Null when nothing of the kind is here.
 */
function readCurrentPeriod(ts: TokenStream, k: number, lex: CompiledLexicon, pub: Ymd, part?: PeriodPart): RelativeDate | null {
  const lang = lex.language;
  const one = lex.currentPeriods.get(lowerAt(ts, k));
  if (lowerAt(ts, k) === "the" && lex.currentWords.has(lowerAt(ts, k + 1))) k++;
  const determiner = lex.currentWords.has(lowerAt(ts, k)) || (part !== undefined && lex.partArticles.has(lowerAt(ts, k)));
  const unit = one ?? (determiner ? lex.periodWords.get(lowerAt(ts, k + 1)) : undefined);
  if (!unit || unit === "day") return null;
  const last = one ? k : k + 1;
  if (POSSESSIVE.has(tokenAt(ts, last + 1)) && isJoined(ts, last + 1)) return null;
  const rule = `${lang}.date.current-${unit}`;
  if (unit === "year") {
    if (!part) return { last, value: yearValue(pub.y), rule };
    const [from, to] = part === "early" ? [1, 4] : part === "mid" ? [5, 8] : [9, 12];
    return { last, value: dateRange({ y: pub.y, m: from, d: 1 }, { y: pub.y, m: to, d: daysInMonth(pub.y, to) }, "month"), rule };
  }
  const period = unit === "month" ? (part ? monthPartValue(pub.y, pub.m, part) : monthValue(pub.y, pub.m)) : weekValue(pub, part);
  const earlier = lex.earlierWords.has(lowerAt(ts, k - 1));
  const end = toIso(earlier ? addDays(pub, -1) : pub);
  if (period.from > end) return null;
  return { last, value: { ...period, to: period.to < end ? period.to : end }, rule };
}

// German glues the part of the day to the weekday ("Freitagabend", "Dienstagmorgen").
// Longer parts first: "Sonntagnachmittag" ends in "mittag" too.
const DAY_PARTS = ["nachmittag", "vormittag", "abend", "morgen", "mittag", "nacht", "früh"];

/** The weekday a word names ("Dienstag", "Freitagabend", "tuesday"), lowercase, or undefined. */
export function weekdayNamed(word: string, lex: CompiledLexicon): number | undefined {
  const whole = lex.weekdays.get(word);
  if (whole !== undefined || lex.language !== "de") return whole;
  for (const part of DAY_PARTS) if (word.endsWith(part)) return lex.weekdays.get(word.slice(0, -part.length));
  return undefined;
}

/**
 * A date relative to publication starting at token `j`: a weekday ("am Dienstag", "last Tuesday" →
 * the latest such day up to publication), the previous period ("letztes Jahr", "Ende letzter Woche",
 * "last month"), an amount ago ("vor zwei Jahren", "two years ago") or a day word ("gestern").
 * `part` is an "Anfang/Mitte/Ende" already read before `j`. Null when nothing of the kind is here.
 */
export function readRelativeDate(ts: TokenStream, j: number, lex: CompiledLexicon, pub: Ymd, part?: PeriodPart): RelativeDate | null {
  const lang = lex.language;
  let k = j;
  const previous = lex.previousWords.has(lowerAt(ts, k));
  if (previous) k++;
  const weekday = weekdayNamed(lowerAt(ts, k), lex);
  if (weekday !== undefined && !part && (lang === "de" || isCapitalized(ts, k))) {
    const back = (weekdayOf(pub) - weekday + 7) % 7 || (previous ? 7 : 0);
    const day = addDays(pub, -back);
    return { last: k, value: dateRange(day, day, "day"), rule: `${lang}.date.weekday → latest before publication` };
  }
  const unit = lex.periodWords.get(lowerAt(ts, k));
  if (previous && unit) return { last: k, value: previousPeriod(unit, pub, part), rule: `${lang}.date.previous-${unit}` };
  if (!previous) {
    const current = readCurrentPeriod(ts, k, lex, pub, part);
    if (current) return current;
  }
  if (previous || part) return null;

  const offset = matchPhraseForward(ts, j, lex.dayOffsets);
  if (offset) {
    const day = addDays(pub, offset.phrase.value);
    return { last: offset.last, value: dateRange(day, day, "day"), rule: `${lang}.date.day-offset` };
  }
  const before = lex.agoBefore.has(lowerAt(ts, j));
  // A language whose "ago" only comes before the amount ("vor drei Tagen") needs no amount read at every other figure.
  if (!before && lex.agoAfter.size === 0) return null;
  const at = before ? j + 1 : j;
  const amount = ONE.has(lowerAt(ts, at)) ? { value: 1, last: at } : readNumberPhrase(ts, at, lex);
  if (!amount || !Number.isInteger(amount.value) || amount.value < 1 || amount.value > 200) return null;
  const agoUnit = lex.periodWords.get(lowerAt(ts, amount.last + 1));
  if (!agoUnit) return null;
  const after = !before && lex.agoAfter.has(lowerAt(ts, amount.last + 2));
  if (!before && !after) return null;
  return { last: amount.last + (after ? 2 : 1), value: ago(agoUnit, amount.value, pub), rule: `${lang}.date.ago-${agoUnit}` };
}
