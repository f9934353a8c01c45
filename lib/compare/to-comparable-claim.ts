import { readScopeMarks } from "./read-scope-marks";
import type { ComparableClaim, StoredClaim } from "./schema";

export type { StoredClaim } from "./schema";

/**
 * A stored claim as its facet's comparison reads it.
 * - Its place is dropped when it is the facet's whole (see wholePlaceOf): a claim "in Germany"
 *   in "refugees in Germany" is not a part of the total.
 * - What it counts is left out: claims are filed under a facet by what they count, so inside one
 *   facet the counted noun ("Flüchtlinge", "Menschen", "Syrian refugees") is the facet's subject.
 *   A person who disagrees moves the claim to another facet.
 * - The publication day stands in for the as-of days when the claim has none, so that figures of
 *   different days relate as "changed over time" rather than as a dispute.
 * - Whether it refers back to another figure or is a rate is read here, once (see readScopeMarks).
 * Never throws.
 */
export function toComparableClaim(claim: StoredClaim, wholePlace: string | null): ComparableClaim {
  return {
    id: claim.id,
    value: claim.value,
    quote: claim.quote,
    place: claim.scope && claim.scope !== wholePlace ? claim.scope : null,
    asOf: claim.asOf,
    counted: null,
    ...readScopeMarks({ quote: claim.quote }),
    attribution: claim.attribution,
    certainty: claim.certainty,
    figureStatus: claim.figureStatus ?? null,
    outlet: claim.outlet,
    copyGroup: claim.copyGroup ?? null,
    publishedAt: claim.publishedAt,
  };
}
