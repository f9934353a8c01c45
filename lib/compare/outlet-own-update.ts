import { normalizeText } from "./normalize-text";
import type { ComparableClaim } from "./schema";

/**
 * Why two different figures one outlet gives in its own words (neither credited to a source) are
 * the outlet reporting a change rather than a dispute, or null. A reporter who writes "turnout was
 * revised to 61.0% from 61.2%", "the cut, first planned at €180m, was set at €160m" or, in a
 * follow-up, a deficit of €3.35bn after €3.2bn on Monday does not contradict themselves: the
 * difference is news they report. A dispute needs two voices; figures credited to sources are left
 * to ownRevision and the rest of the comparison, and copies of one text in different outlets (a copy
 * group) still show the reader where their versions differ.
 * Only for figures that can change over time; never for a denial.
 */
export function outletOwnUpdate(a: ComparableClaim, b: ComparableClaim): string | null {
  if (a.attribution || b.attribution || a.certainty === "denied" || b.certainty === "denied") return null;
  if (!a.outlet || !b.outlet || normalizeText(a.outlet) !== normalizeText(b.outlet)) return null;
  return `${a.outlet} gives both figures in its own words: an outlet reporting that a figure changed is no dispute between sources`;
}
