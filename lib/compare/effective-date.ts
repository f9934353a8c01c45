import type { ComparableClaim } from "./schema";

/**
 * The day a claim's figure is said to hold: its as-of date, else the day it was published.
 * @returns null when the claim has neither, so it cannot be placed in time.
 */
export function effectiveDate(claim: ComparableClaim): { date: string; label: "as of" | "published" } | null {
  if (claim.asOf) return { date: claim.asOf, label: "as of" };
  // A timestamp's calendar day as written (its own offset), which is the day readers saw.
  if (claim.publishedAt) return { date: claim.publishedAt.slice(0, 10), label: "published" };
  return null;
}
