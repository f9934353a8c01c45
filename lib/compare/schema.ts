import { z } from "zod";
import { certaintySchema, claimValueSchema, isoDateSchema } from "@/lib/claims/schema";

/** One claim as the comparison needs it: plain data, no database row. */
export const comparableClaimSchema = z.object({
  id: z.string().min(1),
  value: claimValueSchema,
  /** The place the figure is about ("Kursk"); null or absent means the whole. */
  subjectPlace: z.string().nullish(),
  /** The date the figure is said to hold on (ISO `YYYY-MM-DD`). */
  asOf: isoDateSchema.nullish(),
  /** What is counted when it differs from the facet's subject ("combat troops"); null = the facet's. */
  counted: z.string().nullish(),
  /** Who the article attributes the claim to ("Antony Blinken"); null = the outlet's own reporting. */
  attribution: z.string().nullish(),
  certainty: certaintySchema,
  /** The exact words of the article, quoted in every reason. */
  quote: z.string().min(1),
  outlet: z.string().nullish(),
  /** Publication date or timestamp; stands in for `asOf` when that is missing. */
  publishedAt: z.union([isoDateSchema, z.iso.datetime({ offset: true })]).nullish(),
});
export type ComparableClaim = z.infer<typeof comparableClaimSchema>;

export const compareOptionsSchema = z.object({
  /** True for figures that move (troop numbers); false for facts fixed once (a signing date). */
  canChangeOverTime: z.boolean(),
});
export type CompareOptions = z.infer<typeof compareOptionsSchema>;

export const relationKindSchema = z.enum([
  "identical",
  "compatible",
  "conflicting",
  "different-scope",
  "changed-over-time",
]);
export type RelationKind = z.infer<typeof relationKindSchema>;

/** The verdict on one pair of claims, with its reason in plain English. */
export const claimRelationSchema = z.object({
  a: z.string(),
  b: z.string(),
  kind: relationKindSchema,
  reason: z.string().min(1),
});
export type ClaimRelation = z.infer<typeof claimRelationSchema>;

export const facetStatusSchema = z.enum(["agreed", "disputed", "single-source"]);
export type FacetStatus = z.infer<typeof facetStatusSchema>;

/** Claims that repeat one claimant: several outlets quoting one source are one voice. */
export const voiceSchema = z.object({ claimant: z.string(), claimIds: z.array(z.string()).min(1) });
export type Voice = z.infer<typeof voiceSchema>;

export const rankedContradictionSchema = z.object({
  relation: claimRelationSchema,
  /** Higher is more worth a fact-checker's time; the product of the three factors below. */
  score: z.number(),
  /** 0..1: how far apart the values are relative to their size (1 for an outright denial). */
  separation: z.number(),
  /** 0..1: how firmly both claims are asserted (stated 1, reported 0.8, hedged 0.5, denied 1). */
  certaintyWeight: z.number(),
  /** False when both claims come from the same voice. */
  independent: z.boolean(),
});
export type RankedContradiction = z.infer<typeof rankedContradictionSchema>;

export const facetComparisonSchema = z.object({
  status: facetStatusSchema,
  /** One relation per pair of claims, in input order. */
  relations: z.array(claimRelationSchema),
  /** The conflicting relations, most important first. */
  contradictions: z.array(rankedContradictionSchema),
  voices: z.array(voiceSchema),
});
export type FacetComparison = z.infer<typeof facetComparisonSchema>;
