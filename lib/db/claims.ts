import "server-only";
import { claimValueFromColumns } from "./claim-value-columns";
import { getDb } from "./client";
import { liveClaimWhere } from "./selects";

/** The claims pinned to one revision, in text order, with their facet: for reader highlights. Deleted claims are left out. */
export async function findClaimsForRevision(revisionId: string) {
  const claims = await getDb().claim.findMany({
    where: { revisionId, ...liveClaimWhere },
    orderBy: [{ start: "asc" }, { end: "desc" }],
    include: { facet: { select: { id: true, label: true, dismissedAt: true } } },
  });
  return claims.map((claim) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    value: claimValueFromColumns(claim),
    scope: claim.scope,
    attribution: claim.attribution,
    certainty: claim.certainty,
    status: claim.status,
    origin: claim.origin,
    rule: claim.rule,
    facet: claim.facet && !claim.facet.dismissedAt ? { id: claim.facet.id, label: claim.facet.label } : null,
  }));
}
