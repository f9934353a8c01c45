import { z } from "zod";
import { claimOriginSchema, isoDateSchema, reviewStatusSchema, valueKindSchema } from "@/lib/claims/schema";
import { storedClaimSchema } from "./schema";

/** An article as a column of the matrix. */
export const matrixArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** BCP 47 code ("de", "en"): values in its cells are written in its number and date format. */
  language: z.string(),
  publishedAt: isoDateSchema.nullable(),
  outlet: z.string().nullable(),
});
export type MatrixArticle = z.infer<typeof matrixArticleSchema>;

/** One claim of a facet, filed under the article whose latest revision holds it. */
export const matrixClaimSchema = z.object({
  articleId: z.string().min(1),
  status: reviewStatusSchema,
  origin: claimOriginSchema,
  claim: storedClaimSchema,
});
export type MatrixClaim = z.infer<typeof matrixClaimSchema>;

export const matrixFacetSchema = z.object({
  id: z.string().min(1),
  /** The extractor's key (what the facet asks about); null for a facet a person made. */
  key: z.string().nullable(),
  label: z.string(),
  kind: valueKindSchema,
  unit: z.string().nullable(),
  /** Only claims that take part in comparisons: not rejected, on each article's latest revision. */
  claims: z.array(matrixClaimSchema),
});
export type MatrixFacet = z.infer<typeof matrixFacetSchema>;

/** Everything the event overview compares; articles in publication order. */
export const eventMatrixInputSchema = z.object({
  articles: z.array(matrixArticleSchema),
  facets: z.array(matrixFacetSchema),
});
export type EventMatrixInput = z.infer<typeof eventMatrixInputSchema>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// A search param is a string, several strings, or absent; an empty string means "no filter",
// which is what a GET form sends for an untouched select.
const optionalParam = z.preprocess(
  (value) => first(value) || undefined,
  z.string().trim().min(1).max(200).optional(),
);

// A page number: anything that is not a positive whole number means the first page.
const pageParam = z.preprocess((value) => Number(first(value) ?? 1), z.int().min(1).max(1_000_000)).catch(1);

/**
 * The overview's filters, as a plain GET form sends them: `?disputed=1&language=de&outlet=…`, and
 * which page of each list to show: `columns`, `rows` (the matrix), `contradictions`, `copies` (copy
 * groups), `articles` (the articles table) and `review` (the fact-check list), from 1.
 * Unknown values simply match nothing; they are never an error.
 */
export const eventMatrixFiltersSchema = z.object({
  disputed: z.preprocess((value) => first(value) === "1", z.boolean()),
  language: optionalParam,
  outlet: optionalParam,
  columns: pageParam,
  rows: pageParam,
  contradictions: pageParam,
  copies: pageParam,
  articles: pageParam,
  review: pageParam,
});
export type EventMatrixFilters = z.output<typeof eventMatrixFiltersSchema>;
