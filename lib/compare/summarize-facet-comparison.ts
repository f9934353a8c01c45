import { cellRelations } from "./cell-relations";
import { compareStoredFacet, type StoredFacet } from "./compare-stored-facet";
import { groupFacetContradictions } from "./group-contradictions";
import type { StoredClaim } from "./schema";
import type { StoredFacetResult } from "./stored-comparison-schema";

/**
 * Compares a facet's claims (each with the article it sits on, in the order they are to be compared:
 * the overview's column order) and shapes the result for storing: status, each claim's standing,
 * voices, the conflicting pairs ranked, and the contradictions grouped by pair of voices. The only
 * quadratic work of the overview and the facet view happens here, once per change of the facet.
 * Claims must have distinct ids (see compareFacet).
 */
export function summarizeFacetComparison(facet: StoredFacet, claims: readonly { articleId: string; claim: StoredClaim }[]): StoredFacetResult {
  const { wholePlace, options, comparison } = compareStoredFacet(facet, claims.map((c) => c.claim));
  const standings = cellRelations(
    claims.map((c) => ({ id: c.claim.id, articleId: c.articleId })),
    comparison.relations,
  );
  return {
    status: claims.length > 0 ? comparison.status : null,
    claimCount: claims.length,
    summary: {
      wholePlace,
      options: { canChangeOverTime: options.canChangeOverTime, cumulative: options.cumulative ?? false, settled: options.settled ?? false, tallied: options.tallied ?? false, rate: options.rate ?? false, byActor: options.byActor ?? false, wholePlace },
      claimIds: claims.map((c) => c.claim.id),
      standings: Object.fromEntries(standings),
      voices: comparison.voices,
      pairCount: comparison.relations.length,
      contradictionCount: comparison.contradictions.length,
    },
    ranked: comparison.contradictions.map(({ relation, score, independent }) => ({ a: relation.a, b: relation.b, score, independent })),
    groups: groupFacetContradictions(comparison),
  };
}
