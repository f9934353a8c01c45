/**
 * Claim extraction: German and English article text → comparable claim candidates, and candidates of
 * many articles → proposed facets. Pure functions over text and article metadata; no database.
 */
export { extractClaims } from "./extract-claims";
export { proposeFacets } from "./propose-facets";
export { facetKeyOf } from "./facet-key";
export { subjectTraits, subjectOfFacetKey, type SubjectTraits } from "./subject-traits";
export { parseNumber } from "./parse-number";
export { formatNumber } from "./format-number";
export { tokenize } from "./tokenize";
export type { TokenStream } from "./tokens";
export { hedgeToInterval } from "./hedge-to-interval";
export { rangeToInterval } from "./range-to-interval";
export { intervalsOverlap } from "./intervals-overlap";
export { isWellFormedInterval } from "./is-well-formed-interval";
export { formatInterval } from "./format-interval";
export { formatClaimValue } from "./format-claim-value";
export type { HedgeKind } from "./lexicon/types";
export {
  articleContextSchema,
  claimCandidateSchema,
  claimScopeSchema,
  proposedFacetSchema,
  type ArticleContext,
  type ClaimCandidate,
  type ClaimScope,
  type ProposedFacet,
} from "./schema";
