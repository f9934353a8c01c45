import "server-only";
import { getDb } from "./client";
import { liveClaimWhere } from "./selects";

/** The facets of an event with how many claims answer each, for the event page. */
export async function findFacetsForEvent(eventId: string) {
  const facets = await getDb().facet.findMany({
    where: { eventId, dismissedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, kind: true, unit: true, _count: { select: { claims: { where: liveClaimWhere } } } },
  });
  return facets.map(({ _count, ...facet }) => ({ ...facet, claimCount: _count.claims }));
}

/** The facets a claim can be filed under (for select boxes), with their value kind. */
export async function findFacetOptions(eventId: string) {
  return getDb().facet.findMany({
    where: { eventId, dismissedAt: null },
    orderBy: { label: "asc" },
    select: { id: true, label: true, kind: true, unit: true },
  });
}

/**
 * The facet a hand-made claim goes to, with the article language its figure is written in;
 * null unless the facet and the revision belong to the same event.
 */
export async function findFacetForClaimForm(facetId: string, revisionId: string) {
  const [facet, revision] = await Promise.all([
    getDb().facet.findUnique({ where: { id: facetId }, select: { label: true, kind: true, eventId: true, dismissedAt: true } }),
    getDb().articleRevision.findFirst({
      where: { id: revisionId, article: { deletedAt: null } },
      select: { article: { select: { id: true, eventId: true, language: true } } },
    }),
  ]);
  if (!facet || facet.dismissedAt || !revision || revision.article.eventId !== facet.eventId) return null;
  return { label: facet.label, kind: facet.kind, language: revision.article.language, articleId: revision.article.id };
}

/** The article a hand-made claim for a new facet is marked in, with the language its figure is written in. */
export async function findRevisionForClaimForm(revisionId: string) {
  const revision = await getDb().articleRevision.findFirst({
    where: { id: revisionId, article: { deletedAt: null } },
    select: { article: { select: { id: true, language: true } } },
  });
  return revision ? { language: revision.article.language, articleId: revision.article.id } : null;
}

