import type { EffectiveAsOf } from "./effective-date";
import { sameClaimant } from "./own-revision";
import type { ComparableClaim } from "./schema";

// How many days apart two reports of one vote's count may come out and still read one stage of it:
// the night's result and the next days' reports, before a final count replaces it.
const REPORTING_DAYS = 3;
const DAY_MS = 86_400_000;

// A share of the vote moves with every batch of ballots counted (postal votes, votes from abroad,
// the tallies of a morning), and a report seldom names its batch: only counts are held to one figure.
const isShare = (claim: ComparableClaim) => claim.value.kind === "quantity" && claim.value.unit === "%";

/**
 * Why two figures of a vote's count (turnout, seats, votes; not shares) published on different days are two
 * sources disputing one count, or null: neither dates its figure, the reports came out within a few
 * days of each other, each is credited to a source and the sources differ, and they are at one stage
 * of the count (neither names a projection against a result, say). Such a figure holds for the vote,
 * not for the day it was printed: the committee's 14 faulty ballots and a party's "at least 2,300"
 * three days later answer one question. A source's own later figure, an outlet's own words (a
 * reported change) and a figure dated to an hour or a day of the count are left apart.
 */
export function sourcesDisputeOneCount(a: ComparableClaim, b: ComparableClaim, x: EffectiveAsOf, y: EffectiveAsOf): string | null {
  if (x.label !== "published" || y.label !== "published" || x.from === y.from) return null;
  if (isShare(a) || isShare(b)) return null;
  if (Math.abs(Date.parse(x.from) - Date.parse(y.from)) / DAY_MS > REPORTING_DAYS) return null;
  if (!a.attribution || !b.attribution || sameClaimant(a.attribution, b.attribution)) return null;
  if ((a.figureStatus ?? null) !== (b.figureStatus ?? null)) return null;
  return `${a.attribution} and ${b.attribution} report one stage of the vote's count a few days apart, and that count does not change with the day it is printed`;
}
