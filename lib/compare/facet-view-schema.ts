import { z } from "zod";
import {
  asOfSchema,
  certaintySchema,
  claimOriginSchema,
  claimValueSchema,
  figureStatusSchema,
  isoDateSchema,
  reviewStatusSchema,
  valueKindSchema,
} from "@/lib/claims/schema";

/** One stored claim of a facet with what the facet view shows around it. */
export const facetViewClaimSchema = z.object({
  id: z.string().min(1),
  quote: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  value: claimValueSchema,
  /** The place the claim is scoped to, a key of lib/places ("ES/Valencia"). */
  scope: z.string().nullable(),
  asOf: asOfSchema.nullable(),
  attribution: z.string().nullable(),
  certainty: certaintySchema,
  /** The stage of its count the figure is said to be; null or absent when unsaid. The view's relations read it as the stored comparison did. */
  figureStatus: figureStatusSchema.nullish(),
  status: reviewStatusSchema,
  origin: claimOriginSchema,
  /** The extraction rule that produced it; null for a person's claim. */
  rule: z.string().nullable(),
  /** `latest` false: the claim sits on an earlier revision of its article (history, not compared). */
  revision: z.object({ id: z.string().min(1), number: z.int().positive(), latest: z.boolean() }),
  article: z.object({
    id: z.string().min(1),
    title: z.string(),
    language: z.string(),
    publishedAt: isoDateSchema.nullable(),
    outlet: z.string().nullable(),
    /** Its copy group (lib/copies): copies of one text are one voice. Absent or null: it stands alone. */
    copyGroup: z.string().nullish(),
  }),
  /** The claim's sentence around its quote (see quoteInContext). */
  context: z.object({ before: z.string(), quote: z.string(), after: z.string() }),
});
export type FacetViewClaim = z.infer<typeof facetViewClaimSchema>;

export const facetViewInputSchema = z.object({
  facet: z.object({
    id: z.string().min(1),
    label: z.string(),
    kind: valueKindSchema,
    unit: z.string().nullable(),
    /** The extractor's key (what the facet asks about); null for a facet a person made. */
    key: z.string().nullable(),
  }),
  claims: z.array(facetViewClaimSchema),
});
export type FacetViewInput = z.infer<typeof facetViewInputSchema>;

const oneParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema);

/**
 * The facet view's search params: `?view=two&a=<claimId>&b=<claimId>` sets two claims side by
 * side; `?base=<claimId>` chooses the claim the others are diffed against (default: the first);
 * `?page=N` shows the Nth page of claims, `?claim=<claimId>` the page that holds that claim.
 * Anything unparseable falls back to the default rather than failing the page.
 */
export const facetViewQuerySchema = z.object({
  view: oneParam(z.enum(["grid", "two"]).optional()).catch(undefined),
  a: oneParam(z.uuid().optional()).catch(undefined),
  b: oneParam(z.uuid().optional()).catch(undefined),
  base: oneParam(z.uuid().optional()).catch(undefined),
  /** Which page of the claim cards to show, from 1. */
  page: oneParam(z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined),
  /** Show the page that holds this claim (a link to one claim of a long facet). */
  claim: oneParam(z.uuid().optional()).catch(undefined),
});
export type FacetViewQuery = z.output<typeof facetViewQuerySchema>;
