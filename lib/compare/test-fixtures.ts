import type { ClaimValue } from "@/lib/claims/schema";
import type { MatrixArticle, MatrixClaim } from "./event-matrix-schema";
import { readScopeMarks, type ScopeMarks } from "./read-scope-marks";
import type { ComparableClaim, StoredClaim } from "./schema";

// Test support: the demo event in miniature, as plain data.

export const quantity = (min: number | null, max: number | null, minInclusive = true, maxInclusive = true, unit?: string): ClaimValue => ({
  kind: "quantity",
  min,
  max,
  minInclusive,
  maxInclusive,
  ...(unit ? { unit } : {}),
});

export const article = (id: string, outlet: string | null, publishedAt: string | null, language = "de"): MatrixArticle => ({
  id,
  title: `Article ${id}`,
  language,
  publishedAt,
  outlet,
});

export const matrixClaim = (id: string, articleId: string, value: ClaimValue, rest: Partial<StoredClaim> = {}): MatrixClaim => ({
  articleId,
  status: "proposed",
  origin: "machine",
  claim: { id, value, quote: id, certainty: "stated", scope: null, asOf: null, attribution: null, outlet: null, publishedAt: null, ...rest },
});

/**
 * A comparable claim written by hand, with the scope marks its builder reads from its words (see
 * readScopeMarks, toComparableClaim); marks given explicitly are kept.
 */
export const withScopeMarks = (claim: Omit<ComparableClaim, "subset" | "rate"> & Partial<ScopeMarks>): ComparableClaim => {
  const marks = readScopeMarks(claim);
  return { ...claim, subset: claim.subset ?? marks.subset, rate: claim.rate ?? marks.rate };
};
