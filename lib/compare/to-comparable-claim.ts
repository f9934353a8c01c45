import type { Certainty, ClaimValue } from "@/lib/claims/schema";
import type { ComparableClaim } from "./schema";

/** A stored claim's own fields, as lib/db reads them. */
export type StoredClaim = {
  id: string;
  value: ClaimValue;
  quote: string;
  /** The place the claim is scoped to ("Kursk"), as extraction or a person stored it. */
  scope: string | null;
  /** ISO date the figure is said to hold on. */
  asOf: string | null;
  attribution: string | null;
  certainty: Certainty;
  outlet: string | null;
};

/**
 * A stored claim as its facet's comparison reads it.
 * - Its place is dropped when it is the facet's whole (see facetWholePlace): a claim "in Russia"
 *   in "troops in Russia" is not a part of the total.
 * - What it counts is left out: claims are filed under a facet by what they count, so inside one
 *   facet the counted noun ("Soldaten", "Mann", "North Korean troops") is the facet's subject.
 *   A person who disagrees moves the claim to another facet.
 * - The publication date is left out too, so that it does not stand in for an as-of date: a figure
 *   is "changed over time" only when the article dates it. Otherwise every two outlets that
 *   disagree on different days would read as an update, and a dispute would never show.
 * Never throws.
 */
export function toComparableClaim(claim: StoredClaim, wholePlace: string | null): ComparableClaim {
  return {
    id: claim.id,
    value: claim.value,
    quote: claim.quote,
    subjectPlace: claim.scope && claim.scope !== wholePlace ? claim.scope : null,
    asOf: claim.asOf,
    counted: null,
    attribution: claim.attribution,
    certainty: claim.certainty,
    outlet: claim.outlet,
    publishedAt: null,
  };
}
