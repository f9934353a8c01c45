import type { DateValue } from "@/lib/claims/schema";
import { dateRange, isValidDay, monthPartValue, monthValue, yearOfMonth, yearValue, type Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import type { PeriodPart } from "./lexicon/types";
import { memoByForm } from "./form-memo";
import { NIGHT_BEFORE } from "./lexicon/as-of-words";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { looksLikeYear, type YearRange } from "./looks-like-year";
import { parseNumberWord } from "./parse-number-word";
import { readRelativeDate, weekdayNamed } from "./read-relative-date";
import { TokenKind, hasOrdinalSuffix, isCapitalized, isJoined, lengthAt, lowerAt, tokenAt, type TokenStream } from "./tokens";

/** A date phrase found in the text, made an interval of days. */
export type DateMention = { first: number; last: number; value: DateValue; rule: string; part?: PeriodPart };

const NUMERIC_DE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_WORDS = new Set(["jahr", "jahre", "year"]);

// The years a date is written with ("am 3. Mai 2031", "in March 2031").
const DATE_YEARS: YearRange = { earliest: 1900, latest: 2100 };

function yearAt(ts: TokenStream, j: number): number | null {
  if (ts.kind[j] !== TokenKind.number || lengthAt(ts, j) !== 4 || !looksLikeYear(tokenAt(ts, j), DATE_YEARS)) return null;
  return Number(tokenAt(ts, j));
}

function dayAt(ts: TokenStream, j: number): number | null {
  if (ts.kind[j] !== TokenKind.number || lengthAt(ts, j) > 2) return null;
  const d = Number(tokenAt(ts, j));
  return d >= 1 && d <= 31 ? d : null;
}

function monthAt(ts: TokenStream, j: number, lex: CompiledLexicon): number | null {
  // Months are capitalized in both languages; lowercase "may" and "march" are verbs.
  if (!isCapitalized(ts, j)) return null;
  return lex.months.get(lowerAt(ts, j)) ?? null;
}

/** A day without a year is the latest such day up to publication. */
function dayValue(y: number | null, m: number, d: number, pub: Ymd | null): DateValue | null {
  const year = y ?? (pub ? (m < pub.m || (m === pub.m && d <= pub.d) ? pub.y : pub.y - 1) : null);
  if (year === null || !isValidDay({ y: year, m, d })) return null;
  return dateRange({ y: year, m, d }, { y: year, m, d }, "day");
}

type Read = { last: number; value: DateValue | null; rule: string };

// "im kommenden Juni", "next June": the month's words say it lies ahead, whatever the verb's tense.
const NEXT_MONTH = wordSets({ de: ["kommenden", "kommender", "nächsten", "nächster"], en: ["next", "coming"] });

/** The year of the first such month after publication's. */
function yearOfNextMonth(month: number, published: Ymd): number {
  return month > published.m ? published.y : published.y + 1;
}

function readAbsolute(ts: TokenStream, j: number, lex: CompiledLexicon, pub: Ymd | null, part?: PeriodPart): Read | null {
  const lang = lex.language;
  // "19.06.2024" is eight to ten characters long; most numbers are not, and skip the regex.
  const numeric = ts.kind[j] === TokenKind.number && lengthAt(ts, j) >= 8 && lengthAt(ts, j) <= 10 ? NUMERIC_DE.exec(tokenAt(ts, j)) : null;
  if (numeric && !part) return { last: j, value: dayValue(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), null), rule: `${lang}.date.numeric` };
  const day = part ? null : dayAt(ts, j);
  if (day !== null) {
    // "19. Juni 2024" and "19 June 2024".
    const dot = tokenAt(ts, j + 1) === "." && isJoined(ts, j + 1) ? 1 : 0;
    const suffix = hasOrdinalSuffix(ts, j) ? 1 : 0;
    // "the 5th of June"
    const of = suffix && lowerAt(ts, j + 2) === "of" ? 1 : 0;
    const monthToken = j + 1 + dot + suffix + of;
    const m = monthAt(ts, monthToken, lex);
    if (m === null) return null;
    const y = yearAt(ts, monthToken + 1);
    return { last: y === null ? monthToken : monthToken + 1, value: dayValue(y, m, day, pub), rule: `${lang}.date.day-month${y === null ? " → year from publication" : "-year"}` };
  }
  const m = monthAt(ts, j, lex);
  if (m !== null) {
    let k = j + 1;
    // "June 19, 2024": a day after the month (English order).
    const d = part ? null : dayAt(ts, k);
    // A German day number with a dot is an ordinal of what follows; an English one ends the sentence ("on May 13.").
    if (d !== null && !(lang === "de" && tokenAt(ts, k + 1) === "." && isJoined(ts, k + 1))) {
      k += hasOrdinalSuffix(ts, k) ? 2 : 1;
      const comma = tokenAt(ts, k) === "," ? 1 : 0;
      const y = yearAt(ts, k + comma);
      return { last: y === null ? k - 1 : k + comma, value: dayValue(y, m, d, pub), rule: `${lang}.date.month-day${y === null ? " → year from publication" : "-year"}` };
    }
    const written = yearAt(ts, k) !== null;
    // "Jan", "Mar", "Aug" alone are names or words as often as months: only with a year or a day.
    if (!written && !part && lex.monthAbbreviations.has(lowerAt(ts, j))) return null;
    const next = !written && NEXT_MONTH[lang].has(lowerAt(ts, j - 1));
    const y = yearAt(ts, k) ?? (pub ? (next ? yearOfNextMonth(m, pub) : yearOfMonth(m, pub)) : null);
    const value = y === null ? null : part ? monthPartValue(y, m, part) : monthValue(y, m);
    const rule = `${lang}.date.${part ? `${part}-` : ""}month${written ? "-year" : next ? " → next after publication" : " → year from publication"}`;
    return { last: written ? k : j, value, rule };
  }
  const y = yearAt(ts, j);
  if (y !== null && !part) return { last: j, value: yearValue(y), rule: `${lang}.date.year` };
  // "Ende 2031", "by the end of 2032": a level at the turn of a year (debt, reserves) holds on its
  // first or last day. "Mitte 2031" names no day and no month to stand for it.
  if (y !== null && part !== "mid") {
    const day = part === "early" ? { y, m: 1, d: 1 } : { y, m: 12, d: 31 };
    return { last: j, value: dateRange(day, day, "day"), rule: `${lang}.date.${part}-year` };
  }
  return null;
}

const NIGHTS = phraseIndexes(NIGHT_BEFORE);

/** Whether "in der Nacht zum", "overnight into"… starts at token `j`: the night before the day after it. */
export function opensNight(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  return matchPhraseForward(ts, j, NIGHTS[lex.language]) !== null;
}
// "Dienstag, den 30. Mai", "Tuesday, the 30th of May": an article may stand before the day.
const DAY_ARTICLES = new Set(["den", "dem", "the"]);

/**
 * "Tuesday, May 30", "Dienstag, 30. Mai", "am Dienstag, den 30. Mai": a weekday with the day in
 * apposition is one date, the written day. A weekday that contradicts it is a slip of the writer's or
 * a weekday counted from another week; the day written out is the surer of the two.
 */
function weekdayWithDay(ts: TokenStream, j: number, lex: CompiledLexicon, pub: Ymd | null): Read | null {
  if (tokenAt(ts, j + 1) !== "," || ts.kind[j] !== TokenKind.word || weekdayNamed(lowerAt(ts, j), lex) === undefined) return null;
  if (lex.language === "en" && !isCapitalized(ts, j)) return null;
  const at = DAY_ARTICLES.has(lowerAt(ts, j + 2)) ? j + 3 : j + 2;
  const day = readAbsolute(ts, at, lex, pub);
  if (!day?.value || day.value.precision !== "day") return null;
  return { last: day.last, value: day.value, rule: `${lex.language}.date.weekday-with-day → ${day.rule}` };
}

// Every date `readDate` finds holds a token of one of these kinds, its anchor: a numeral, a month, a
// weekday ("Freitagabend"), a period word ("Jahr", "week"), the last word of a day offset
// ("gestern", "the day before yesterday"), a multiplier or a number word other than an article
// ("zwei Jahre", "a hundred years ago"). Before the first anchor stand at most four tokens: a
// preposition, "the" or "Jahr" (each only right before a numeral), "Anfang"/"mid" with "-" or "of",
// "letzte"/"last", "vor", "a"/"einem" (then a period word), or the words of a day offset.
const ANCHOR_REACH = 4;
const ANCHOR_LOOKED = 1;
const ANCHOR = 2;

function isAnchorWord(word: string, lex: CompiledLexicon): boolean {
  if (lex.months.has(word) || weekdayNamed(word, lex) !== undefined || lex.periodWords.has(word) || lex.currentPeriods.has(word) || lex.dayOffsets.byLast.has(word) || lex.multipliers.has(word)) return true;
  // "a", "einem" count only before a multiplier or a period word, which are anchors themselves.
  return !lex.articleNumbers.has(word) && parseNumberWord(word, lex) !== null;
}

const anchorRole = memoByForm((word, lex) => (isAnchorWord(word, lex) ? ANCHOR : ANCHOR_LOOKED));

function isAnchor(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  const kind = ts.kind[j];
  if (kind === TokenKind.number) return true;
  return kind === TokenKind.word && anchorRole(ts, j, lex) === ANCHOR;
}

/**
 * False only where `readDate` at token `i` is sure to find no date ending by token `last`: no anchor
 * (see above) within reach. Most words a date can start with ("the", "in", "an", "am") stand before
 * none. Keep it in step with `readDate`: it may let through more, never less.
 */
export function dateWithinReach(ts: TokenStream, i: number, last: number, lex: CompiledLexicon): boolean {
  const to = Math.min(i + ANCHOR_REACH, last);
  for (let j = i; j <= to; j++) if (isAnchor(ts, j, lex)) return true;
  return false;
}

/**
 * Read the date phrase starting at token `i`, with a leading preposition kept in the phrase ("im
 * Juni 2024", "on Tuesday"): absolute dates ("19. Juni 2024", "June 19, 2024", "19.06.2024"), months
 * and years, parts of months ("Ende Juni", "mid-December"), and dates relative to `pub`, the
 * publication day. Null when no date starts here, or when it cannot be placed in time (a month
 * without a year and no publication date).
 */
export function readDate(ts: TokenStream, i: number, lex: CompiledLexicon, pub: Ymd | null): DateMention | null {
  const night = matchPhraseForward(ts, i, NIGHTS[lex.language]);
  if (night) {
    const day = readDate(ts, night.last + 1, lex, pub);
    return day && day.value.precision === "day" ? { first: i, last: day.last, value: day.value, rule: `${lex.language}.date.night-before → ${day.rule}` } : null;
  }
  let j = i;
  if (lex.datePrepositions.has(lowerAt(ts, j))) j++;
  // "the 5th of June", "the end of 2032".
  if (lowerAt(ts, j) === "the" && (dayAt(ts, j + 1) !== null || lex.periodParts.has(lowerAt(ts, j + 1)))) j++;
  if (YEAR_WORDS.has(lowerAt(ts, j)) && yearAt(ts, j + 1) !== null) j++;
  let part: PeriodPart | undefined;
  const partWord = lex.periodParts.get(lowerAt(ts, j));
  if (partWord) {
    part = partWord;
    j++;
    if (tokenAt(ts, j) === "-" || lowerAt(ts, j) === "of") j++;
  }
  const read = (part ? null : weekdayWithDay(ts, j, lex, pub)) ?? readAbsolute(ts, j, lex, pub, part) ?? (pub ? readRelativeDate(ts, j, lex, pub, part) : null);
  if (!read?.value) return null;
  return { first: i, last: read.last, value: read.value, rule: read.rule, ...(part ? { part } : {}) };
}
