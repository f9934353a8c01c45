import { z } from "zod";
import { compareOptionsSchema, facetStatusSchema, voiceSchema } from "./schema";

/** How one claim stands with the others of its facet (see cellRelations). */
export const cellRelationSchema = z.enum(["conflicts", "changed", "agrees", "scope", "only"]);

/**
 * A facet's comparison as stored (the `summary` column of facet_comparison): what the overview and
 * the facet view read instead of comparing every pair again. Reasons are not stored per pair: a
 * screen writes them for the pairs it shows, from `options` and the claims in `claimIds` order.
 */
export const storedComparisonSummarySchema = z.object({
  /** The facet's whole place (see wholePlaceOf). */
  wholePlace: z.string().nullable(),
  /** The options the facet's subject implies, as compareFacet was given them. */
  options: compareOptionsSchema,
  /** The compared claims in the order they were compared: a pair's reason names the earlier first. */
  claimIds: z.array(z.string()),
  /** Each compared claim's standing among the others, by claim id. */
  standings: z.record(z.string(), cellRelationSchema),
  voices: z.array(voiceSchema),
  /** How many pairs were compared, and how many of them conflict. */
  pairCount: z.int().nonnegative(),
  contradictionCount: z.int().nonnegative(),
});
export type StoredComparisonSummary = z.infer<typeof storedComparisonSummarySchema>;

/** One conflicting pair as stored (the `ranked` column), most important first. */
export const storedRankedPairSchema = z.object({ a: z.string(), b: z.string(), score: z.number(), independent: z.boolean() });
export const storedRankedPairsSchema = z.array(storedRankedPairSchema);
export type StoredRankedPair = z.infer<typeof storedRankedPairSchema>;

/** One facet's contradictions between one pair of voices, by claim id (a row of facet_contradiction). */
export const storedContradictionGroupSchema = z.object({
  /** Its place in the facet's own ranking. */
  position: z.int().nonnegative(),
  score: z.number(),
  independent: z.boolean(),
  /** One claimant per side: two, or one when a voice contradicts itself. */
  claimants: z.array(z.string()),
  sides: z.array(z.array(z.string())),
  top: z.object({ a: z.string(), b: z.string() }),
  reason: z.string(),
  pairCount: z.int().positive(),
});
export type StoredContradictionGroup = z.infer<typeof storedContradictionGroupSchema>;

/** Everything stored for one facet. `status` is null when no claim of it is compared. */
export type StoredFacetResult = {
  status: z.infer<typeof facetStatusSchema> | null;
  claimCount: number;
  summary: StoredComparisonSummary;
  ranked: StoredRankedPair[];
  groups: StoredContradictionGroup[];
};
