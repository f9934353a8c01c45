import type { QuantityValue } from "@/lib/claims/schema";
import { compareQuantities } from "./compare-quantities";
import { compareValues } from "./compare-values";
import { describeValue } from "./describe-value";
import { effectiveAsOf, type EffectiveAsOf } from "./effective-date";
import { figureStatusUpdate } from "./figure-status-update";
import { findScopeDifference } from "./find-scope-difference";
import { outletOwnUpdate } from "./outlet-own-update";
import { ownRevision } from "./own-revision";
import { formatDateValue } from "./format-date-value";
import { quoteClaim } from "./quote-claim";
import { rivalsInOneReport } from "./rivals-in-one-report";
import { sourcesDisputeOneCount } from "./sources-dispute-one-count";
import type { ClaimRelation, ComparableClaim, CompareOptions, RelationKind } from "./schema";
import type { ValueComparison } from "./value-comparison";
import { widenToStatedPrecision } from "./widen-to-stated-precision";

/**
 * The relation between two claims of one facet, with its reason in plain English.
 *
 * In order: a difference of scope (kind of value, actor, unit, place, counted thing) wins — except
 * a part that exceeds its whole at the same time, which conflicts; then the values are compared as
 * intervals, a round figure standing for the range its written precision allows ("1.5 million"
 * agrees with 1,482,000; see widenToStatedPrecision). A denial flips the verdict: denying what the other asserts is a conflict, denying
 * something the other does not claim is compatible. Finally, when the facet can change over time,
 * conflicting claims whose as-of periods differ (other days, or a day against a week that contains
 * it) are "changed-over-time" — unless the count is cumulative (a toll) and the later figure (ending
 * later, or covering more) is lower, which conflicts, or the subject is settled (a march's crowd, a
 * budget's sums; see oneHappening) and the days do not part them, which conflicts too, as do two
 * sources' figures one report sets against each other when only one of them names its (recent) day
 * (see rivalsInOneReport). Before all
 * that, two asserted figures their articles call different stages of one count (a projection or a
 * draft against the final result; see figureStatusUpdate) are "changed-over-time", whatever their days,
 * and so are two figures one outlet gives in its own words (see outletOwnUpdate): it reports a change.
 * The kind is symmetric (swapping a and b never changes it); a claim is identical to itself.
 * Never throws.
 */
export function compareClaims(a: ComparableClaim, b: ComparableClaim, options: CompareOptions): ClaimRelation {
  const relation = (kind: RelationKind, reason: string): ClaimRelation => ({ a: a.id, b: b.id, kind, reason });
  const scope = findScopeDifference(a, b, options);
  if (scope?.kind === "part-exceeds-whole") return relation("conflicting", scope.reason);
  const values = compareAsWritten(a, b);
  if (scope !== null || values === null) {
    return relation("different-scope", scope?.reason ?? "They answer different questions.");
  }

  const deniedA = a.certainty === "denied";
  const deniedB = b.certainty === "denied";
  const only = (c: ComparableClaim) => quoteClaim(c, { value: false });
  if (deniedA && deniedB && values.relation !== "identical") {
    const why = "both are denials, and denying two different values is no contradiction";
    return relation("compatible", `${quoteClaim(a)} and ${quoteClaim(b)} can both be true: ${why}.`);
  }
  if (deniedA !== deniedB) {
    const [denier, asserter] = deniedA ? [a, b] : [b, a];
    if (values.relation === "disjoint") {
      const why = `${only(denier)} denies a value that ${only(asserter)} does not claim`;
      return relation("compatible", `${quoteClaim(a)} and ${quoteClaim(b)} can both be true: ${why}.`);
    }
    return conflictOrChange(a, b, options, relation, `${only(denier)} denies what ${only(asserter)} asserts`);
  }
  switch (values.relation) {
    case "identical":
      const verb = deniedA ? "deny" : "give";
      return relation("identical", `${only(a)} and ${only(b)} ${verb} the same value: ${values.why}.`);
    case "overlapping":
      return relation("compatible", `${quoteClaim(a)} and ${quoteClaim(b)} can both be true: ${values.why}.`);
    case "disjoint":
      return conflictOrChange(a, b, options, relation, values.why);
  }
}

// A facet of n claims asks each claim's stated range in n - 1 pairs; it is read once per claim
// (claims are plain data, never mutated; quoteClaim keeps its quotes the same way).
const statedRanges = new WeakMap<ComparableClaim, QuantityValue | null>();
function statedRange(claim: ComparableClaim): QuantityValue | null {
  let range = statedRanges.get(claim);
  if (range === undefined) {
    range = claim.value.kind === "quantity" ? widenToStatedPrecision(claim.value, claim.quote) : null;
    statedRanges.set(claim, range);
  }
  return range;
}

// Values as compared, a round figure read to the precision it is written with when that is what
// makes two figures agree: exact digits are not owed to a figure the article rounded.
function compareAsWritten(a: ComparableClaim, b: ComparableClaim): ValueComparison | null {
  const values = compareValues(a.value, b.value);
  if (values?.relation !== "disjoint" || a.value.kind !== "quantity" || b.value.kind !== "quantity") return values;
  const roundA = statedRange(a);
  const roundB = statedRange(b);
  if (!roundA && !roundB) return values;
  const rounded = compareQuantities(roundA ?? a.value, roundB ?? b.value);
  if (rounded.relation === "disjoint") return values;
  const stands = (c: ComparableClaim, range: QuantityValue | null) => (range ? [`'${c.quote}' is rounded and stands for ${describeValue(range)}`] : []);
  const why = [...stands(a, roundA), ...stands(b, roundB)].join(", and ");
  return { relation: "overlapping", why: `${why}: ${rounded.why}`, separation: 0 };
}

const day = (iso: string) => formatDateValue({ kind: "date", from: iso, to: iso, precision: "day" }, "long", "en");
const period = (t: EffectiveAsOf) => (t.from === t.to ? `${t.label} ${day(t.from)}` : `${t.label} ${day(t.from)} to ${day(t.to)}`);

// Which of two different periods a figure holds on is the later: the one that ends later, or, of two
// ending on one day, the one that covers more ("143 since Monday" against "87 on Wednesday").
function laterOf(x: EffectiveAsOf, y: EffectiveAsOf): "a" | "b" {
  if (x.to !== y.to) return x.to > y.to ? "a" : "b";
  return x.from < y.from ? "a" : "b";
}

// The later figure is lower: every value it allows lies below every value the earlier one allows.
function fell(earlier: ComparableClaim, later: ComparableClaim): boolean {
  const e = earlier.value;
  const l = later.value;
  if (e.kind !== "quantity" || l.kind !== "quantity" || e.min === null || l.max === null) return false;
  return l.max < e.min || (l.max === e.min && !(l.maxInclusive && e.minInclusive));
}

// How many days apart two reports may come out and, when neither sentence dates its figure, still
// tell of one happening: the day's report and the next days' follow-ups.
const REPORTING_DAYS = 3;
const DAY_MS = 86_400_000;
const daysApart = (x: string, y: string) => Math.abs(Date.parse(x) - Date.parse(y)) / DAY_MS;

/**
 * Why two figures of a settled subject (see CompareOptions.settled) with different as-of days are
 * still about one happening, or null when they may be about two: neither sentence dates its figure
 * and the reports came out within a few days of each other (the march's crowd does not change
 * because an article came out a day later), or one dates a period that begins after both reports
 * came out (a forecast) and the other does not date its figure (it may foresee that period too).
 */
function oneHappening(a: ComparableClaim, b: ComparableClaim, x: EffectiveAsOf, y: EffectiveAsOf): string | null {
  if (x.label === "published" && y.label === "published") {
    if (x.from === y.from || daysApart(x.from, y.from) > REPORTING_DAYS) return null;
    return `reports of ${day(x.from)} and ${day(y.from)}, neither dating its figure, tell of one happening, and its figure stays what it was once it is over`;
  }
  const [undated, dated, datedClaim] = x.label === "published" ? [x, y, b] : y.label === "published" ? [y, x, a] : [null, null, null];
  const datedPublished = datedClaim?.publishedAt?.slice(0, 10);
  if (undated && dated && datedPublished && dated.from > undated.to && dated.from > datedPublished) {
    return `${period(dated)} is a period still to come when both were published, and the undated figure may foresee it too`;
  }
  return null;
}

function conflictOrChange(
  a: ComparableClaim,
  b: ComparableClaim,
  options: CompareOptions,
  relation: (kind: RelationKind, reason: string) => ClaimRelation,
  why: string,
): ClaimRelation {
  const update = a.certainty !== "denied" && b.certainty !== "denied" ? figureStatusUpdate(a, b) : null;
  if (update) {
    return relation("changed-over-time", `${update}: ${why}.`);
  }
  const timeA = effectiveAsOf(a);
  const timeB = effectiveAsOf(b);
  const datedApart = timeA && timeB && (timeA.from !== timeB.from || timeA.to !== timeB.to);
  // A toll an outlet lowers on a later day is still flagged, even in its own words: the count only grows.
  const tollFell = options.cumulative && datedApart && (laterOf(timeA, timeB) === "b" ? fell(a, b) : fell(b, a));
  const ownWords = options.canChangeOverTime && !tollFell ? outletOwnUpdate(a, b) : null;
  if (ownWords) {
    return relation("changed-over-time", `${quoteClaim(a)} and ${quoteClaim(b)} differ, but ${ownWords}: ${why}.`);
  }
  const sameHappening = options.canChangeOverTime && options.settled && timeA && timeB && oneHappening(a, b, timeA, timeB);
  const revised = sameHappening ? ownRevision(a, b) : null;
  if (revised) {
    return relation("changed-over-time", `${quoteClaim(a)} and ${quoteClaim(b)} differ, but ${revised}: ${why}.`);
  }
  if (sameHappening) {
    return relation("conflicting", `${quoteClaim(a)} and ${quoteClaim(b)} cannot both be true: ${sameHappening}: ${why}.`);
  }
  const rivals = options.canChangeOverTime && timeA && timeB ? rivalsInOneReport(a, b, timeA, timeB) : null;
  if (rivals) {
    return relation("conflicting", `${quoteClaim(a)} and ${quoteClaim(b)} cannot both be true: ${rivals}: ${why}.`);
  }
  const dispute = options.canChangeOverTime && options.tallied && timeA && timeB ? sourcesDisputeOneCount(a, b, timeA, timeB) : null;
  if (dispute) {
    return relation("conflicting", `${quoteClaim(a)} and ${quoteClaim(b)} cannot both be true: ${dispute}: ${why}.`);
  }
  if (options.canChangeOverTime && timeA && timeB && datedApart) {
    const [earlier, later] = laterOf(timeA, timeB) === "b" ? [a, b] : [b, a];
    const dated = `${quoteClaim(a, { details: [period(timeA)] })} and ${quoteClaim(b, { details: [period(timeB)] })}`;
    if (options.cumulative && fell(earlier, later)) {
      const falls = "the count only grows, yet the later figure is lower than the earlier one";
      return relation("conflicting", `${dated} cannot both be true: ${falls}: ${why}.`);
    }
    const apart = timeA.to < timeB.from || timeB.to < timeA.from ? "different days" : "different periods";
    const change = `they describe ${apart} and the figure can change over time`;
    return relation("changed-over-time", `${dated} differ, but ${change}: ${why}.`);
  }
  return relation("conflicting", `${quoteClaim(a)} and ${quoteClaim(b)} cannot both be true: ${why}.`);
}
