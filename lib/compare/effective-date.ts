import type { ComparableClaim } from "./schema";

/** The days a claim's figure holds on, and where they come from. */
export type EffectiveAsOf = { from: string; to: string; label: "as of" | "published" };

/**
 * The days a claim's figure is said to hold on: its as-of days, else the day it was published.
 * @returns null when the claim has neither, so it cannot be placed in time.
 */
export function effectiveAsOf(claim: ComparableClaim): EffectiveAsOf | null {
  if (claim.asOf) return { ...claim.asOf, label: "as of" };
  // A timestamp's calendar day as written (its own offset), which is the day readers saw.
  if (claim.publishedAt) {
    const day = claim.publishedAt.slice(0, 10);
    return { from: day, to: day, label: "published" };
  }
  return null;
}
