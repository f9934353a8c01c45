import { subjectOfFacetKey, subjectTraits } from "@/lib/extract/subject-traits";
import { wholePlaceOf } from "@/lib/places/whole-place";
import { compareFacet } from "./compare-facet";
import { isCountOfTheMoment } from "./count-of-the-moment";
import { isRateQualifier } from "./is-additive";
import type { ComparableClaim, CompareOptions, FacetComparison } from "./schema";
import { toComparableClaim, type StoredClaim } from "./to-comparable-claim";

// A facet key's qualifiers ("quantity:investment/per resident|EUR"): one "per …" makes the facet a rate.
const qualifiersOfKey = (key: string | null) => (key ? /^[^/|]*\/([^|]*)/.exec(key)?.[1]?.split("+") ?? [] : []);
const isRateKey = (key: string | null) => qualifiersOfKey(key).some(isRateQualifier);
// "quantity:injured/intensive care": those in intensive care now, a count that falls as patients leave.
const isMomentKey = (key: string | null) => qualifiersOfKey(key).some(isCountOfTheMoment);

/** A facet as its comparison needs it: its key (what it asks about) and kind of value. */
export type StoredFacet = { key: string | null; kind: "quantity" | "date" | "entity" | "text" };

/** A facet compared: its whole place, the options its subject implies, its claims as compared, and the verdicts. */
export type StoredFacetComparison = { wholePlace: string | null; options: CompareOptions; claims: ComparableClaim[]; comparison: FacetComparison };

/**
 * The one place that decides how a stored facet is compared, for every screen, export and report:
 * its whole place (the country most of its claims name), the options its subject implies (figures
 * change over time, tolls only grow, a march's crowd is fixed once it is over, confirmations are each actor's own), and every pair compared.
 * Loaders read rows; this decides. Claims must have distinct ids (see compareFacet).
 */
export function compareStoredFacet(facet: StoredFacet, stored: readonly StoredClaim[]): StoredFacetComparison {
  const wholePlace = facet.kind === "quantity" ? wholePlaceOf(stored.map((c) => c.scope)) : null;
  const traits = subjectTraits(subjectOfFacetKey(facet.key) ?? "");
  const options: CompareOptions = { canChangeOverTime: facet.kind === "quantity", cumulative: traits.cumulative && !isMomentKey(facet.key), settled: traits.settled, tallied: traits.tallied, rate: isRateKey(facet.key), byActor: traits.byActor, wholePlace };
  const claims = stored.map((c) => toComparableClaim(c, wholePlace));
  return { wholePlace, options, claims, comparison: compareFacet(claims, options) };
}
