import "server-only";
import type { ReviewStatus } from "../claims/schema";
import type { CellRelation } from "../compare/cell-relations";
import type { StoredClaim } from "../compare/schema";
import { cellRelationSchema, type StoredContradictionGroup } from "../compare/stored-comparison-schema";
import { getDb } from "./client";
import type { EventArticle } from "./load-event-comparison";
import { storedClaimSelect, toStoredClaim } from "./stored-claim";

/** A claim shown in a cell of the matrix, with its standing as stored. */
export type ShownClaim = { facetId: string; articleId: string; status: ReviewStatus; claim: StoredClaim; standing: CellRelation };

/**
 * The cells of one page of the matrix: the claims of the shown facets on the shown articles'
 * latest revisions (not rejected, not deleted), in text order, each with its standing read from
 * the stored comparison. Two queries, whatever the size of the event or the page.
 */
export async function loadMatrixCells(facetIds: readonly string[], articles: readonly EventArticle[]): Promise<ShownClaim[]> {
  const articleOfRevision = new Map(articles.flatMap((a) => (a.latestRevisionId ? [[a.latestRevisionId, a] as const] : [])));
  if (facetIds.length === 0 || articleOfRevision.size === 0) return [];
  const db = getDb();
  const rows = await db.claim.findMany({
    where: { facetId: { in: [...facetIds] }, status: { not: "rejected" }, deletedAt: null, revisionId: { in: [...articleOfRevision.keys()] } },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    select: { ...storedClaimSelect, facetId: true, revisionId: true, status: true },
  });
  // Only the shown claims' standings, picked out in the database: a facet of 500 claims stores 500.
  const standings = await db.$queryRaw<{ claim_id: string; standing: string }[]>`
    SELECT s.key AS "claim_id", s.value #>> '{}' AS "standing"
      FROM "facet_comparison" fc, jsonb_each(fc."summary" -> 'standings') s
     WHERE fc."facet_id" = ANY(${[...facetIds]}::uuid[]) AND s.key = ANY(${rows.map((r) => r.id)}::text[])`;
  const standingOf = new Map(standings.flatMap((s) => {
    const parsed = cellRelationSchema.safeParse(s.standing);
    return parsed.success ? [[s.claim_id, parsed.data] as const] : [];
  }));
  return rows.flatMap((row) => {
    const article = articleOfRevision.get(row.revisionId);
    if (!article || !row.facetId) return [];
    const claim = toStoredClaim(row, { outlet: article.outlet?.name ?? null, publishedAt: article.publishedAt, copyGroup: article.copyGroupId });
    // A claim the stored comparison does not know yet (added since) stands alone until it is compared.
    const standing = standingOf.get(row.id) ?? "only";
    return [{ facetId: row.facetId, articleId: article.id, status: row.status, claim, standing }];
  });
}

/** One stored contradiction group with its facet, as the overview lists it. */
export type StoredContradictionRow = Omit<StoredContradictionGroup, "position"> & { facet: { id: string; label: string; unit: string | null } };

/**
 * One page of the event's stored contradictions, strongest first (ties in facet order, then each
 * facet's own ranking), with how many there are, and the claims each side names (its first
 * `maxPerSide`). Three queries, whatever the size of the event.
 */
export async function findContradictionPage(eventId: string, articles: readonly EventArticle[], page: { skip: number; take: number; maxPerSide: number }) {
  const db = getDb();
  const where = { facet: { eventId, dismissedAt: null } };
  const [total, rows] = await Promise.all([
    db.facetContradiction.count({ where }),
    db.facetContradiction.findMany({
      where,
      orderBy: [{ score: "desc" }, { facet: { createdAt: "asc" } }, { facetId: "asc" }, { position: "asc" }],
      skip: page.skip,
      take: page.take,
      select: {
        score: true,
        independent: true,
        claimants: true,
        sideA: true,
        sideB: true,
        topA: true,
        topB: true,
        reason: true,
        pairCount: true,
        facet: { select: { id: true, label: true, unit: true } },
      },
    }),
  ]);
  const groups: StoredContradictionRow[] = rows.map((row) => ({
    facet: row.facet,
    score: row.score,
    independent: row.independent,
    claimants: row.claimants,
    sides: row.claimants.length > 1 ? [row.sideA, row.sideB] : [row.sideA],
    top: { a: row.topA, b: row.topB },
    reason: row.reason,
    pairCount: row.pairCount,
  }));
  const named = [...new Set(groups.flatMap((g) => g.sides.flatMap((side) => side.slice(0, page.maxPerSide))))];
  const claims =
    named.length === 0
      ? []
      : await db.claim.findMany({ where: { id: { in: named } }, select: { ...storedClaimSelect, revisionId: true } });
  // Compared claims sit on their article's latest revision.
  const articleOfRevision = new Map(articles.flatMap((a) => (a.latestRevisionId ? [[a.latestRevisionId, a] as const] : [])));
  return {
    total,
    groups,
    claims: claims.flatMap((row) => {
      const article = articleOfRevision.get(row.revisionId);
      if (!article) return [];
      return [{ articleId: article.id, claim: toStoredClaim(row, { outlet: article.outlet?.name ?? null, publishedAt: article.publishedAt, copyGroup: article.copyGroupId }) }];
    }),
  };
}
