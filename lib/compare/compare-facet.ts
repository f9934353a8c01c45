import { compareClaims } from "./compare-claims";
import { groupVoices } from "./group-voices";
import { normalizeText } from "./normalize-text";
import { rankContradictions } from "./rank-contradictions";
import type { ComparableClaim, CompareOptions, FacetComparison, FacetStatus } from "./schema";

/**
 * Compares every pair of a facet's claims (in input order, a before b) and sums them up:
 * - status "disputed" when any pair conflicts (even within one outlet: a self-contradiction is
 *   worth a look), else "single-source" when fewer than two outlets answer (outlets that ran one
 *   text, `copyGroup`, count as one), else "agreed";
 * - the contradictions ranked (see rankContradictions) and the voices behind the claims.
 * Claims without an outlet count as a source each. Work is quadratic in the number of claims.
 * @throws Error when two claims share an id, since relations name claims by id.
 */
export function compareFacet(claims: readonly ComparableClaim[], options: CompareOptions): FacetComparison {
  const ids = new Set(claims.map((c) => c.id));
  if (ids.size !== claims.length) throw new Error("claims of a facet must have distinct ids");

  const relations = claims.flatMap((a, i) => claims.slice(i + 1).map((b) => compareClaims(a, b, options)));
  const voices = groupVoices(claims);
  const contradictions = rankContradictions(relations, claims, voices);
  // Copies of one text (agency copy run by several outlets) are one source, not several.
  const sources = new Set(claims.map((c) => (c.copyGroup ? `copy:${c.copyGroup}` : c.outlet ? `outlet:${normalizeText(c.outlet)}` : `claim:${c.id}`)));
  const status: FacetStatus = contradictions.length > 0 ? "disputed" : sources.size < 2 ? "single-source" : "agreed";
  return { status, relations, contradictions, voices };
}
