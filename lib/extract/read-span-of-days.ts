import { addDays, parseIsoDate, toIso, weekdayOf, type Ymd } from "./date-math";
import type { CompiledLexicon } from "./lexicon";
import { matchPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, wordSets } from "./lexicon/rule-words";
import { BOTH_DAYS, DAYS_SPAN_LEADS, DAY_BEFORE, DAY_NOUNS, WEEKEND_SPAN } from "./lexicon/span-of-days-words";
import type { AsOf } from "./read-as-of";
import { TokenKind, lowerAt, tokenAt, type TokenStream } from "./tokens";

const WEEKENDS = phraseIndexes(WEEKEND_SPAN);
const LEADS = phraseIndexes(DAYS_SPAN_LEADS);
const BOTH = wordSets(BOTH_DAYS);
const DAYS = wordSets(DAY_NOUNS);
const DAYS_BEFORE = phraseIndexes(DAY_BEFORE);
// How far after the figure the phrase may stand: "25,000 a day earlier", "9.000 Teilnehmern am Vortag".
const DAY_BEFORE_REACH = 3;
// "mehr als am Vortag", "more than the day before": after a comparison word it is the baseline's day.
const COMPARISONS = new Set(["als", "than", "wie"]);
const SATURDAY = 6;
const CLAUSE_MARKS = new Set([",", ";", ":", "–", "—", "(", ")", "."]);
// A report looks back on a few days at most ("nach drei Streiktagen … an allen drei Tagen"); a
// longer count is a time limit or a plan ("in 30 days"), not the span of its figures.
const MAX_DAYS = 7;

/** The first words of the phrases below, to pass over every other word at once. */
export const SPAN_OPENERS = new Set([...WEEKEND_SPAN.de, ...WEEKEND_SPAN.en, ...DAYS_SPAN_LEADS.de, ...DAYS_SPAN_LEADS.en].map((phrase) => phrase.split(" ")[0]));

// The weekend gone: the Saturday before publication (the day itself on a Saturday or a Sunday).
function weekendOf(pub: Ymd): AsOf {
  const back = (weekdayOf(pub) - SATURDAY + 7) % 7;
  const saturday = addDays(pub, -back);
  return { from: toIso(saturday), to: toIso(addDays(saturday, 1)) };
}

function countOfDays(ts: TokenStream, k: number, lex: CompiledLexicon): number | null {
  const w = lowerAt(ts, k);
  if (BOTH[lex.language].has(w)) return 2;
  if (ts.kind[k] === TokenKind.number && /^[0-9]$/.test(tokenAt(ts, k))) return Number(tokenAt(ts, k));
  return lex.numberWords.get(w) ?? null;
}

/**
 * The span of days a figure is said to cover, at token `j` (the phrase ending by token `last`): "am
 * Wochenende", "over the weekend" → the weekend gone; "an beiden Tagen", "an allen drei Tagen",
 * "over the two days", "on each of the three days" → that many days ending the day before
 * publication, as a report looks back on a protest or a strike that is over. Null when no such phrase
 * starts here or the publication day is not known.
 */
export function readSpanOfDays(ts: TokenStream, j: number, last: number, lex: CompiledLexicon, pub: Ymd | null): AsOf | null {
  if (!pub) return null;
  const weekend = matchPhraseForward(ts, j, WEEKENDS[lex.language], last);
  if (weekend) return weekendOf(pub);
  const lead = matchPhraseForward(ts, j, LEADS[lex.language], last);
  if (!lead || lead.last + 2 > last) return null;
  const count = countOfDays(ts, lead.last + 1, lex);
  if (count === null || count < 2 || count > MAX_DAYS || !DAYS[lex.language].has(lowerAt(ts, lead.last + 2))) return null;
  const end = addDays(pub, -1);
  return { from: toIso(addDays(end, 1 - count)), to: toIso(end) };
}

/**
 * The span a figure at tokens `first`..`last` takes from a sentence that names a day (at token
 * `dayAt`) as well: only when the span comes first, and only a figure in the span's own clause, no
 * punctuation between them ("23 people were arrested over the two days and 11 officers were hurt"),
 * not one set against it after a comma ("…, up from 14 arrests reported on Saturday night"). A day
 * opening the sentence frames it whole: "By Wednesday evening, 47,000 had been cancelled over the
 * two days" counts up to Wednesday evening.
 */
export function spanOfFigure(ts: TokenStream, span: AsOf | undefined, spanAt: number | undefined, dayAt: number | undefined, first: number, last: number): AsOf | null {
  if (!span || spanAt === undefined || (dayAt !== undefined && dayAt < spanAt)) return null;
  const [from, to] = spanAt < first ? [spanAt, first] : [last + 1, spanAt];
  for (let k = from; k < to; k++) if (CLAUSE_MARKS.has(tokenAt(ts, k))) return null;
  return span;
}

/**
 * The day before `day` when the figure ending at token `after - 1` is put there: "police estimated
 * 41,000 on Thursday, up from 25,000 a day earlier", "nach 9.000 Teilnehmern am Vortag". Null when no
 * such phrase follows within the figure's clause, or `day` is not a single day. After "als"/"than"
 * ("mehr als am Vortag") the day is a baseline's, and the figure keeps its own.
 */
export function dayBeforeOf(ts: TokenStream, after: number, sentenceLast: number, lex: CompiledLexicon, day: AsOf | undefined): AsOf | null {
  if (!day || day.from !== day.to) return null;
  for (let j = after; j <= sentenceLast && j - after < DAY_BEFORE_REACH; j++) {
    if (CLAUSE_MARKS.has(tokenAt(ts, j)) || ts.kind[j] === TokenKind.number || COMPARISONS.has(lowerAt(ts, j))) return null;
    if (matchPhraseForward(ts, j, DAYS_BEFORE[lex.language], sentenceLast)) {
      const ymd = parseIsoDate(day.from);
      if (!ymd) return null;
      const before = toIso(addDays(ymd, -1));
      return { from: before, to: before };
    }
  }
  return null;
}
