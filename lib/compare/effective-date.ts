import type { ComparableClaim } from "./schema";

/** The days a claim's figure holds on, and where they come from. */
export type EffectiveAsOf = { from: string; to: string; label: "as of" | "published" };

/**
 * The days a claim's figure is said to hold on: its as-of days, else the day it was published.
 * @returns null when the claim has neither, so it cannot be placed in time.
 */
export function effectiveAsOf(claim: ComparableClaim): EffectiveAsOf | null {
  // A timestamp's calendar day as written (its own offset), which is the day readers saw.
  const published = claim.publishedAt?.slice(0, 10);
  // Extraction stores the publication day as the as-of of a figure its sentence does not date.
  if (claim.asOf && !(claim.asOf.from === published && claim.asOf.to === published)) return { ...claim.asOf, label: "as of" };
  if (published) return { from: published, to: published, label: "published" };
  return null;
}
