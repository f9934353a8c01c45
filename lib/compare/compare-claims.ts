import { compareValues } from "./compare-values";
import { effectiveDate } from "./effective-date";
import { findScopeDifference } from "./find-scope-difference";
import { formatDateValue } from "./format-date-value";
import { quoteClaim } from "./quote-claim";
import type { ClaimRelation, ComparableClaim, CompareOptions, RelationKind } from "./schema";

/**
 * The relation between two claims of one facet, with its reason in plain English.
 *
 * In order: a difference of scope (place, counted thing, unit, kind of value) wins; then the
 * values are compared as intervals. A denial flips the verdict: denying what the other asserts is
 * a conflict, denying something the other does not claim is compatible. Finally, when the facet
 * can change over time, conflicting claims placed on different days are "changed-over-time".
 * The kind is symmetric (swapping a and b never changes it); a claim is identical to itself.
 * Never throws.
 */
export function compareClaims(a: ComparableClaim, b: ComparableClaim, options: CompareOptions): ClaimRelation {
  const relation = (kind: RelationKind, reason: string): ClaimRelation => ({ a: a.id, b: b.id, kind, reason });
  const scope = findScopeDifference(a, b);
  const values = compareValues(a.value, b.value);
  if (scope !== null || values === null) {
    return relation("different-scope", scope ?? "They answer different questions.");
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

function conflictOrChange(
  a: ComparableClaim,
  b: ComparableClaim,
  options: CompareOptions,
  relation: (kind: RelationKind, reason: string) => ClaimRelation,
  why: string,
): ClaimRelation {
  const dateA = effectiveDate(a);
  const dateB = effectiveDate(b);
  if (options.canChangeOverTime && dateA && dateB && dateA.date !== dateB.date) {
    const on = (d: { date: string; label: string }) =>
      `${d.label} ${formatDateValue({ kind: "date", from: d.date, to: d.date, precision: "day" }, "long", "en")}`;
    const dated = `${quoteClaim(a, { details: [on(dateA)] })} and ${quoteClaim(b, { details: [on(dateB)] })}`;
    const change = "they describe different days and the figure can change over time";
    return relation("changed-over-time", `${dated} differ, but ${change}: ${why}.`);
  }
  return relation("conflicting", `${quoteClaim(a)} and ${quoteClaim(b)} cannot both be true: ${why}.`);
}
