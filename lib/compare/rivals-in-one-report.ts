import type { EffectiveAsOf } from "./effective-date";
import { sameClaimant } from "./own-revision";
import type { ComparableClaim } from "./schema";

// How many days before its report's publication a dated figure may lie and still be the day a
// rival figure in that report, which names no day, is about: the report of the day and its follow-ups.
const RECENT_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * Why two figures with different days are still rival figures of one day, or null: one report
 * (one outlet, one publication day) sets two sources' figures against each other, one dated to a
 * recent day ("more than 5,000 tractors on Wednesday, the organisers said") and the other dating
 * nothing ("the police counted 2,600"). The publication day only stands in for the undated one's
 * day; set beside a rival's figure, it answers the same question for the same day.
 * Two periods, a dated range (a week, a year) or a day long before the report are left apart.
 */
export function rivalsInOneReport(a: ComparableClaim, b: ComparableClaim, x: EffectiveAsOf, y: EffectiveAsOf): string | null {
  if (!a.outlet || a.outlet !== b.outlet || !a.publishedAt || a.publishedAt !== b.publishedAt) return null;
  if (!a.attribution || !b.attribution || sameClaimant(a.attribution, b.attribution)) return null;
  const dated = x.label === "as of" && y.label === "published" ? x : y.label === "as of" && x.label === "published" ? y : null;
  if (!dated || dated.from !== dated.to) return null;
  const before = (Date.parse(a.publishedAt.slice(0, 10)) - Date.parse(dated.from)) / DAY_MS;
  if (before < 0 || before > RECENT_DAYS) return null;
  return `one report sets ${a.attribution}'s and ${b.attribution}'s figures against each other, and the one naming no day stands for the day the other names`;
}
