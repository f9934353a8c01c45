import "server-only";
import { asOfFromColumns, claimValueFromColumns } from "./claim-value-columns";
import { getDb } from "./client";
import { liveClaimWhere } from "./selects";

/** The claims pinned to one revision, in text order, with their facet: for reader highlights. Deleted claims are left out. */
export async function findClaimsForRevision(revisionId: string, within?: { start: number; end: number }) {
  const claims = await getDb().claim.findMany({
    // `within`: only the claims that touch this stretch of the text (one page of the reader).
    where: { revisionId, ...liveClaimWhere, ...(within ? { start: { lt: within.end }, end: { gt: within.start } } : {}) },
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
    asOf: asOfFromColumns(claim),
    attribution: claim.attribution,
    certainty: claim.certainty,
    status: claim.status,
    origin: claim.origin,
    rule: claim.rule,
    facet: claim.facet && !claim.facet.dismissedAt ? { id: claim.facet.id, label: claim.facet.label } : null,
  }));
}

/** The quote and facet of each claim in `ids` (deleted ones too: a note may still point at one), for link labels. */
export async function findClaimLabels(ids: string[]) {
  if (ids.length === 0) return [];
  return getDb().claim.findMany({ where: { id: { in: ids } }, select: { id: true, quote: true, facet: { select: { label: true } } } });
}

/**
 * Where a claim is shown: its facet and its event's slug, for the short link `/claims/<id>` the
 * overview's cells use. Null when the claim, its facet or its event is gone or it has no facet.
 */
export async function findClaimPlace(id: string) {
  const claim = await getDb().claim.findUnique({
    where: { id, deletedAt: null },
    select: { facet: { select: { id: true, event: { select: { slug: true, deletedAt: true } } } } },
  });
  if (!claim?.facet || claim.facet.event.deletedAt) return null;
  return { facetId: claim.facet.id, slug: claim.facet.event.slug };
}

/**
 * The quote and claimant of each live claim in `ids`, for the overview's cells, which load them
 * when pointed at rather than carrying every quote in the page. Deleted claims are left out.
 */
export async function findClaimQuotes(ids: string[]) {
  if (ids.length === 0) return [];
  return getDb().claim.findMany({ where: { id: { in: ids }, ...liveClaimWhere }, select: { id: true, quote: true, attribution: true } });
}
