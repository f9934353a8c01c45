import { isRateQualifier } from "./is-additive";
import type { ComparableClaim } from "./schema";

// Words that make a count one of some already counted: "19 of them", "two of those", "among them 12",
// "davon 19", "19 von ihnen", "unter ihnen 12", "darunter 19".
const SUBSET = /\b(?:(?:of|among) (?:them|those|these|which|whom)|davon|(?:von|unter) (?:ihnen|denen)|darunter)\b/i;

/** What a claim's own words say of its scope, apart from any other claim (see ComparableClaim.subset and .rate). */
export type ScopeMarks = { subset: boolean; rate: boolean };

/**
 * Reads once per claim what findScopeDifference asks of both claims of every pair: whether its quote
 * refers back to what another figure counts ("19 of them", "davon 19"), and whether a qualifier
 * makes it a rate ("per resident"). Builders of comparable claims store the result on the claim, so
 * comparing a facet of n claims reads n quotes, not n² pairs of them. Never throws.
 */
export function readScopeMarks(claim: Pick<ComparableClaim, "quote" | "qualifiers">): ScopeMarks {
  return { subset: SUBSET.test(claim.quote), rate: (claim.qualifiers ?? []).some(isRateQualifier) };
}
