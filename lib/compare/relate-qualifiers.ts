import { normalizeText } from "./normalize-text";
import type { ComparableClaim } from "./schema";

/** How the qualifiers of two counts relate: the same count, or different ones (a change against a level is one of those). */
export type QualifierRelation = { kind: "same" } | { kind: "change-vs-level"; change: "a" | "b" } | { kind: "different"; a: string[]; b: string[] };

const CHANGE = "change";
const setOf = (c: ComparableClaim) => [...new Set((c.qualifiers ?? []).map(normalizeText))].sort();

/**
 * Relates what two counts of one subject are qualified by ("SPD" seats and "CDU" seats, "confirmed"
 * dead and dead, the "provisional" and the "final" result, a change and a level). Qualifiers name
 * different counts, not rival answers to one count: none of them can contradict the other, and no
 * qualifier is read as a part of the unqualified count (a "provisional" result is no part of the
 * result). Order and case do not matter. Never throws.
 */
export function relateQualifiers(a: ComparableClaim, b: ComparableClaim): QualifierRelation {
  const x = setOf(a);
  const y = setOf(b);
  if (x.length === y.length && x.every((q, i) => q === y[i])) return { kind: "same" };
  const changeA = x.includes(CHANGE);
  if (changeA !== y.includes(CHANGE)) return { kind: "change-vs-level", change: changeA ? "a" : "b" };
  return { kind: "different", a: x, b: y };
}
