// Public surface of lib/compare: pure verdicts on claims, no database and no framework.
export { compareClaims } from "./compare-claims";
export { COMPARER_VERSION } from "./comparer-version";
export { compareFacet } from "./compare-facet";
export { formatValue } from "./format-value";
export { groupVoices } from "./group-voices";
export { normalizeText } from "./normalize-text";
export {
  type ClaimRelation,
  type ComparableClaim,
  type CompareOptions,
  type FacetComparison,
  type FacetStatus,
  type RankedContradiction,
  type RelationKind,
  type Voice,
  claimRelationSchema,
  comparableClaimSchema,
  compareOptionsSchema,
  facetComparisonSchema,
  facetStatusSchema,
  rankedContradictionSchema,
  relationKindSchema,
  voiceSchema,
} from "./schema";
