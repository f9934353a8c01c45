import type { QuantityValue } from "@/lib/claims/schema";
import { compareQuantities } from "./compare-quantities";
import { compareValues } from "./compare-values";
import { describeValue } from "./describe-value";
import { figureStatusUpdate } from "./figure-status-update";
import { findScopeDifference } from "./find-scope-difference";
import { differentTimesOfOneDay } from "./effective-date";
import { apartInTime, fellLater, happeningOf, oneHappening, period } from "./happening-of";
import { outletOwnUpdate } from "./outlet-own-update";
import { ownRevision } from "./own-revision";
import { quoteClaim } from "./quote-claim";
import type { ClaimRelation, ComparableClaim, CompareOptions, RelationKind } from "./schema";
import type { ValueComparison } from "./value-comparison";
import { widenToStatedPrecision } from "./widen-to-stated-precision";

/**
 * The relation between two claims of one facet, with its reason in plain English.
 *
 * In order: a difference of scope (kind of value, actor, unit, place, counted thing) wins — except
 * a part that exceeds its whole at the same time, which conflicts; then the values are compared as
 * intervals, a round figure standing for the range its written precision allows ("1.5 million"
 * agrees with 1,482,000; see widenToStatedPrecision). A denial flips the verdict: denying what the
 * other asserts is a conflict, denying something the other does not claim is compatible. Values that
 * exclude each other conflict (see conflictOrChange), except that figures their articles call
 * different stages of one count are an update, and, of figures that can change over time, those
 * whose days part them changed, unless a count that only grows fell. Two figures that hold for one
 * happening at one moment (see happeningOf) dispute it, whatever the days they were printed,
 * unless a source revises its own figure or the outlet's own words report a change.
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

/**
 * Two figures whose values exclude each other: conflicting, or changed over time. Different stages
 * of one count are an update; otherwise the question is whether both hold for one happening at one
 * moment (see happeningOf, oneHappening). If so they dispute it, unless one source revises its own
 * figure or the outlet's own words report a change; if their days part them, the figure changed —
 * unless a count that only grows fell.
 */
function conflictOrChange(
  a: ComparableClaim,
  b: ComparableClaim,
  options: CompareOptions,
  relation: (kind: RelationKind, reason: string) => ClaimRelation,
  why: string,
): ClaimRelation {
  const update = a.certainty !== "denied" && b.certainty !== "denied" ? figureStatusUpdate(a, b) : null;
  if (update) return relation("changed-over-time", `${update}: ${why}.`);
  const changed = (because: string) => relation("changed-over-time", `${quoteClaim(a)} and ${quoteClaim(b)} differ, but ${because}: ${why}.`);
  const disputed = (because: string | null) => relation("conflicting", `${quoteClaim(a)} and ${quoteClaim(b)} cannot both be true: ${because ? `${because}: ` : ""}${why}.`);
  if (!options.canChangeOverTime) return disputed(null);

  const x = happeningOf(a, options);
  const y = happeningOf(b, options);
  const apart = x && y && apartInTime(x.time, y.time) ? { x: x.time, y: y.time } : null;
  // A toll an outlet lowers on a later day is still flagged, even in its own words: the count only grows.
  const tollFell = options.cumulative === true && apart !== null && fellLater(a, b, apart.x, apart.y);
  const ownWords = tollFell ? null : outletOwnUpdate(a, b);
  if (ownWords) return changed(ownWords);
  if (!x || !y || !apart) return disputed(null);

  const one = oneHappening(a, b, x, y);
  if (one) {
    const revised = ownRevision(a, b);
    return revised ? changed(revised) : disputed(one);
  }
  const dated = `${quoteClaim(a, { details: [period(apart.x)] })} and ${quoteClaim(b, { details: [period(apart.y)] })}`;
  if (tollFell) {
    return relation("conflicting", `${dated} cannot both be true: the count only grows, yet the later figure is lower than the earlier one: ${why}.`);
  }
  const days = differentTimesOfOneDay(apart.x, apart.y) ? "different times of one day" : apart.x.to < apart.y.from || apart.y.to < apart.x.from ? "different days" : "different periods";
  return relation("changed-over-time", `${dated} differ, but they describe ${days} and the figure can change over time: ${why}.`);
}
