import type { ClaimValue } from "@/lib/claims/schema";
import type { MatrixArticle, MatrixClaim } from "./event-matrix-schema";
import type { StoredClaim } from "./schema";

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
