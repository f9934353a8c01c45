import { differentTimesOfOneDay, effectiveAsOf, type EffectiveAsOf } from "./effective-date";
import { formatDateValue } from "./format-date-value";
import { sameClaimant } from "./own-revision";
import type { ComparableClaim, CompareOptions } from "./schema";

/**
 * What a figure holds for, and how its time is known. A running count (a toll, people displaced)
 * holds on its day: the day its sentence names, else the day it was printed, and another day may
 * bring another figure. The count of one happening that is over (the crowd of one march, the
 * ballots of a vote already held, a budget as one plan states it) holds for that happening: when
 * its sentence names no day, the day it was printed does not date it.
 */
export type Happening = {
  /** The days the figure holds on, as its sentence dates it or as it was printed (see effectiveAsOf). */
  time: EffectiveAsOf;
  /** The happening that is over an undated figure holds for, in words ("one happening that is over"); null: it holds on its day. */
  over: string | null;
};

// A share of the vote moves with every batch of ballots counted (postal votes, votes from abroad,
// the tallies of a morning), and a report seldom names its batch: it holds on its day. So does a
// count an outlet gives in its own words: a vote's count runs from the evening's projection to the
// final result, and only a named source says which stage it published.
const isShare = (claim: ComparableClaim) => claim.value.kind === "quantity" && claim.value.unit === "%";

/**
 * The happening a claim's figure holds for (see Happening).
 * @returns null when the figure cannot change over time (a fact fixed once, such as a signing date)
 * or the claim has neither as-of days nor a publication day.
 */
export function happeningOf(claim: ComparableClaim, options: CompareOptions): Happening | null {
  const time = options.canChangeOverTime ? effectiveAsOf(claim) : null;
  if (!time) return null;
  if (time.label === "as of") return { time, over: null };
  if (options.settled) return { time, over: "one happening that is over" };
  // A count its words call final (the official final result, the final tally) no longer moves with
  // the batches counted: the day it is printed does not date it.
  if (claim.figureStatus === "final") return { time, over: "the final result of a count" };
  if (options.tallied && claim.attribution && !isShare(claim)) return { time, over: "one stage of a vote's count" };
  return { time, over: null };
}

const DAY_MS = 86_400_000;
const daysBetween = (earlier: string, later: string) => (Date.parse(later) - Date.parse(earlier)) / DAY_MS;
// How many days apart two reports may come out and still tell of one happening, or of one day: the
// day's report and the next days' follow-ups, before a later stage or another day takes over.
const REPORTING_DAYS = 3;

const day = (iso: string) => formatDateValue({ kind: "date", from: iso, to: iso, precision: "day" }, "long", "en");
/** A period in words: "as of 3 May 2031", "as of 3 May 2031 at 16:20", "published 3 May 2031 to 9 May 2031". */
export const period = (t: EffectiveAsOf): string =>
  // An hour is the figure's own, never the publication's: "as of 2 June 2031 at 09:40".
  `${t.at ? "as of" : t.label} ${t.from === t.to ? day(t.from) : `${day(t.from)} to ${day(t.to)}`}${t.at ? ` at ${t.at}` : ""}`;

/** Whether two periods part two figures in time: other days, or other named times of one day. */
export const apartInTime = (s: EffectiveAsOf, t: EffectiveAsOf): boolean => s.from !== t.from || s.to !== t.to || differentTimesOfOneDay(s, t);

/**
 * Why two figures printed or dated on different days still hold for one happening at one moment,
 * or null when their days may part them. Three ways:
 * - both undated figures of one happening that is over, printed a few days apart: the march's crowd
 *   does not change because an article came out a day later;
 * - an undated figure of one happening that is over against one dated to a period that had not begun
 *   when either was printed: a forecast (next year's deficit), which the undated one may foresee too;
 * - one report (one outlet, one publication day) setting two sources' figures against each other,
 *   one dated to a recent day, the other undated: the undated one stands for the day its rival names.
 * Stages are not read here: figures their articles call different stages are an update before this
 * (see figureStatusUpdate), and a figure whose stage is unsaid is held to the other's, as a sentence
 * naming no stage gives no reason to think it another.
 */
export function oneHappening(a: ComparableClaim, b: ComparableClaim, x: Happening, y: Happening): string | null {
  const [s, t] = [x.time, y.time];
  if (!apartInTime(s, t)) return null;
  if (differentTimesOfOneDay(s, t)) return rivalsThroughOneDay(a, b, x, y);
  if (x.over && y.over) {
    if (Math.abs(daysBetween(s.from, t.from)) > REPORTING_DAYS) return null;
    const by = a.attribution && b.attribution ? ` (by ${a.attribution} and ${b.attribution})` : "";
    return `reports of ${day(s.from)} and ${day(t.from)}${by}, neither dating its figure, tell of ${x.over}, whose figure does not change with the day it is printed`;
  }
  const [undated, dated, datedClaim] = x.over && t.label === "as of" ? [s, t, b] : y.over && s.label === "as of" ? [t, s, a] : [null, null, null];
  const datedPublished = datedClaim?.publishedAt?.slice(0, 10);
  if (undated && dated && datedPublished && dated.from > undated.to && dated.from > datedPublished) {
    return `${period(dated)} is a period still to come when both were published, and the undated figure may foresee it too`;
  }
  return rivalsOfOneDay(a, b, s, t);
}

// Figures of one day at hours apart are moments of it: a toll or a crowd counted through the day.
// Only two named sources counting one happening that is over (a march's crowd: the police at two,
// the organisers at four) still answer one question: each gives the whole, not a moment of it.
function rivalsThroughOneDay(a: ComparableClaim, b: ComparableClaim, x: Happening, y: Happening): string | null {
  if (!x.over || !y.over || !a.attribution || !b.attribution || sameClaimant(a.attribution, b.attribution)) return null;
  return `${a.attribution} and ${b.attribution} each count ${x.over}, at different hours of ${day(x.time.to)}`;
}

// Two sources' figures one report sets side by side answer one question for one day, even when only
// one names it ("more than 5,000 tractors on Wednesday, the organisers said; the police counted
// 2,600"). A dated range (a week, a year), a day long before the report, or one source's own two
// figures (its count moving) are left apart.
function rivalsOfOneDay(a: ComparableClaim, b: ComparableClaim, s: EffectiveAsOf, t: EffectiveAsOf): string | null {
  if (!a.outlet || a.outlet !== b.outlet || !a.publishedAt || a.publishedAt !== b.publishedAt) return null;
  if (!a.attribution || !b.attribution || sameClaimant(a.attribution, b.attribution)) return null;
  const dated = s.label === "as of" && t.label === "published" ? s : t.label === "as of" && s.label === "published" ? t : null;
  if (!dated || dated.from !== dated.to) return null;
  const before = daysBetween(dated.from, a.publishedAt.slice(0, 10));
  if (before < 0 || before > REPORTING_DAYS) return null;
  return `one report sets ${a.attribution}'s and ${b.attribution}'s figures against each other, and the one naming no day stands for the day the other names, ${day(dated.from)}`;
}

// Which of two different periods a figure holds on is the later: the one that ends later, or, of two
// ending on one day, the one that covers more ("143 since Monday" against "87 on Wednesday").
// Of two times of one day, the later ("18:40" after "10:12"; "HH:MM" compares as a string).
const laterIsB = (s: EffectiveAsOf, t: EffectiveAsOf) => (s.to !== t.to ? t.to > s.to : differentTimesOfOneDay(s, t) ? t.at! > s.at! : t.from < s.from);

/**
 * Whether the figure of the later of two different periods (`s` a's, `t` b's) is lower than the
 * earlier one: every value it allows lies below every value the earlier one allows. For a count that
 * only grows (a toll) that cannot be, whatever else the two figures say.
 */
export function fellLater(a: ComparableClaim, b: ComparableClaim, s: EffectiveAsOf, t: EffectiveAsOf): boolean {
  const [e, l] = laterIsB(s, t) ? [a.value, b.value] : [b.value, a.value];
  if (e.kind !== "quantity" || l.kind !== "quantity" || e.min === null || l.max === null) return false;
  return l.max < e.min || (l.max === e.min && !(l.maxInclusive && e.minInclusive));
}
