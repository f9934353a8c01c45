import { z } from "zod";
import { asOfSchema, certaintySchema, claimValueSchema, figureStatusSchema, isoDateSchema } from "@/lib/claims/schema";

/** One claim as the comparison needs it: plain data, no database row. */
export const comparableClaimSchema = z.object({
  id: z.string().min(1),
  value: claimValueSchema,
  /**
   * The place the figure is about, a key of lib/places ("ES/Valencia", "?/Oberdorf"); null or absent
   * means the facet's whole (the event's, or the country the facet is about).
   */
  place: z.string().nullish(),
  /** The days the figure is said to hold on; absent: the publication day, when known. */
  asOf: asOfSchema.nullish(),
  /** What is counted when it differs from the facet's subject ("combat troops"); null = the facet's. */
  counted: z.string().nullish(),
  /**
   * What makes this count a different one of its subject ("confirmed", "SPD", "change"), as the
   * facet's claims write them; null or absent = the facet's own. Two claims with different
   * qualifiers count different things.
   */
  qualifiers: z.array(z.string().min(1)).nullish(),
  /**
   * Its quote refers back to what another figure counts ("19 of them", "davon 19"): a part of it.
   * Read once by the claim's builder (see readScopeMarks), not on each comparison of a pair.
   */
  subset: z.boolean(),
  /** A qualifier makes it a rate ("per resident"). Read once by the claim's builder (see readScopeMarks). */
  rate: z.boolean(),
  /** Who the article attributes the claim to ("Jana Roth"); null = the outlet's own reporting. */
  attribution: z.string().nullish(),
  certainty: certaintySchema,
  /** The stage of its count the article says the figure is (a projection, the final result); null or absent: unsaid. */
  figureStatus: figureStatusSchema.nullish(),
  /** The exact words of the article, quoted in every reason. */
  quote: z.string().min(1),
  outlet: z.string().nullish(),
  /**
   * The copy group of the claim's article (lib/copies): outlets that ran one text are one source,
   * so their own reporting is one voice. Null or absent: the article stands alone.
   */
  copyGroup: z.string().nullish(),
  /** Publication date or timestamp; stands in for `asOf` when that is missing. */
  publishedAt: z.union([isoDateSchema, z.iso.datetime({ offset: true })]).nullish(),
});
export type ComparableClaim = z.infer<typeof comparableClaimSchema>;

/** A stored claim's own fields, as lib/db reads them and every comparison takes them (see compareStoredFacet). */
export const storedClaimSchema = z.object({
  id: z.string().min(1),
  value: claimValueSchema,
  quote: z.string().min(1),
  /** The place the claim is scoped to, a key of lib/places ("ES/Valencia"), as extraction or a person stored it. */
  scope: z.string().nullable(),
  /** The days the figure is said to hold on. */
  asOf: asOfSchema.nullable(),
  attribution: z.string().nullable(),
  certainty: certaintySchema,
  /** The stage of its count, as extraction read it; absent or null: unsaid. */
  figureStatus: figureStatusSchema.nullish(),
  outlet: z.string().nullable(),
  /** The article's publication day: the figure's as-of day when the claim has none. */
  publishedAt: isoDateSchema.nullable(),
  /** The copy group of its article (lib/copies); absent or null when the article stands alone. */
  copyGroup: z.string().nullish(),
});
export type StoredClaim = z.infer<typeof storedClaimSchema>;

export const compareOptionsSchema = z.object({
  /** True for figures that move (troop numbers, a toll); false for facts fixed once (a signing date). */
  canChangeOverTime: z.boolean(),
  /** A count that only grows for one place (a toll): a later, lower figure is a contradiction. */
  cumulative: z.boolean().default(false),
  /**
   * A figure fixed once its happening is over (a march's crowd, a budget's deficit), unlike a toll or
   * a count of missing that moves from day to day: reports a few days apart that do not date it tell
   * of the same happening (see happeningOf).
   */
  settled: z.boolean().default(false),
  /**
   * A figure of a vote's published count (turnout, seats, votes), which holds for the vote and its
   * stage of the count rather than the day it was printed: two named sources giving different figures
   * of one stage a few days apart dispute it (see happeningOf).
   */
  tallied: z.boolean().default(false),
  /** A rate ("€1,500 per resident"): rates, like shares, do not add up over places or groups. */
  rate: z.boolean().default(false),
  /** Each actor dates their own act ("who confirmed it first?"): two actors' dates do not conflict. */
  byActor: z.boolean().default(false),
  /** The place a claim without one is about (the facet's whole, a country key), for the reasons' words. */
  wholePlace: z.string().nullish(),
});
export type CompareOptions = z.input<typeof compareOptionsSchema>;

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
  /** Higher is more worth a fact-checker's time; the product of the factors below. */
  score: z.number(),
  /** 0..1: how far apart the values are relative to their size (1 for an outright denial). */
  separation: z.number(),
  /** 0..1: how firmly both claims are asserted (stated 1, reported 0.8, hedged 0.5, denied 1). */
  certaintyWeight: z.number(),
  /** 0.4..1: how precise the vaguer value is (1 exact, 0.6 open-ended, lower for wide ranges). */
  precision: z.number(),
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
