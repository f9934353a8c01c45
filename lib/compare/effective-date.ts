import type { ComparableClaim } from "./schema";

/**
 * The days a claim's figure holds on, and where they come from; `at`, the time of day on the last
 * day when its words name one ("16:20"): absent, the whole day.
 */
export type EffectiveAsOf = { from: string; to: string; label: "as of" | "published"; at?: string };

/**
 * The days a claim's figure is said to hold on: its as-of days, else the day it was published.
 * @returns null when the claim has neither, so it cannot be placed in time.
 */
export function effectiveAsOf(claim: ComparableClaim): EffectiveAsOf | null {
  // A timestamp's calendar day as written (its own offset), which is the day readers saw.
  const published = claim.publishedAt?.slice(0, 10);
  // Extraction stores the publication day as the as-of of a figure its sentence does not date.
  // A time of day tells figures of one day apart (see differentTimesOfOneDay); against other days the
  // figure is dated by its day alone, as it would be without one.
  const at = claim.asOf?.time ? { at: claim.asOf.time } : {};
  if (claim.asOf && !(claim.asOf.from === published && claim.asOf.to === published)) return { from: claim.asOf.from, to: claim.asOf.to, label: "as of", ...at };
  if (published) return { from: published, to: published, label: "published", ...at };
  return null;
}

/**
 * True when two periods are the same day at times of day an hour or more apart, both named ("at
 * 16:20" and "by the evening"): a figure may have moved between them. Closer times are one moment
 * (two institutes' projections ten minutes apart answer one question); a day without a time is the
 * whole day and overlaps any time on it.
 */
export function differentTimesOfOneDay(x: EffectiveAsOf, y: EffectiveAsOf): boolean {
  if (!(x.from === x.to && x.from === y.from && y.from === y.to && x.at && y.at)) return false;
  return Math.abs(minutesOf(x.at) - minutesOf(y.at)) >= MOMENT_MINUTES;
}

const MOMENT_MINUTES = 60;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
