import "server-only";
import type { EventMatrixInput } from "../compare/event-matrix-schema";
import { getDb } from "./client";
import { articleOrder } from "./selects";
import { storedClaimSelect, toStoredClaim } from "./stored-claim";

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * A live event with its live articles in publication order (undated last), each with its outlet,
 * copy group (while two of its articles are live) and latest revision: one query, whatever the
 * size of the event. The overview's columns and every comparison of the event start from it.
 * @returns null when no live event has this slug.
 */
export async function findEventArticles(slug: string) {
  const db = getDb();
  const event = await db.event.findUnique({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      version: true,
      articles: {
        where: { deletedAt: null },
        orderBy: [...articleOrder],
        select: {
          id: true,
          title: true,
          url: true,
          language: true,
          publishedAt: true,
          outlet: { select: { name: true, country: true } },
          copyGroupId: true,
          revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true } },
          _count: { select: { revisions: true } },
        },
      },
    },
  });
  if (!event) return null;

  // A group counts while two of its articles are live (copies of one text are one voice).
  const groupSizes = new Map<string, number>();
  for (const { copyGroupId } of event.articles) if (copyGroupId) groupSizes.set(copyGroupId, (groupSizes.get(copyGroupId) ?? 0) + 1);
  const articles = event.articles.map((article) => ({
    id: article.id,
    title: article.title,
    url: article.url,
    language: article.language,
    publishedAt: isoDate(article.publishedAt),
    outlet: article.outlet,
    copyGroupId: article.copyGroupId && (groupSizes.get(article.copyGroupId) ?? 0) > 1 ? article.copyGroupId : null,
    revisionCount: article._count.revisions,
    latestRevisionId: article.revisions[0]?.id ?? null,
  }));
  return { event: { id: event.id, slug: event.slug, title: event.title, description: event.description, version: event.version }, articles };
}

export type EventArticles = NonNullable<Awaited<ReturnType<typeof findEventArticles>>>;
export type EventArticle = EventArticles["articles"][number];

/** An article as a column of the matrix. */
export const toMatrixArticle = (a: EventArticle) => ({ id: a.id, title: a.title, language: a.language, publishedAt: a.publishedAt, outlet: a.outlet?.name ?? null });

/**
 * What the event overview compares when filters choose the articles, in two queries whatever the
 * size of the event: the event with its articles (see findEventArticles), then the facets that are
 * not dismissed with their claims on those latest revisions. Claims a person rejected and claims
 * on earlier revisions (history) take no part in comparisons and are left out, as are deleted
 * articles and claims.
 * @returns null when no live event has this slug.
 */
export async function loadEventComparison(slug: string) {
  const db = getDb();
  const found = await findEventArticles(slug);
  if (!found) return null;
  const { event, articles } = found;
  const articleOfRevision = new Map(articles.flatMap((a) => (a.latestRevisionId ? [[a.latestRevisionId, a] as const] : [])));

  const facets = await db.facet.findMany({
    where: { eventId: event.id, dismissedAt: null },
    // Facets made in one transaction share a creation time: their ids keep the order stable.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      key: true,
      label: true,
      kind: true,
      unit: true,
      claims: {
        where: { status: { not: "rejected" }, deletedAt: null, revisionId: { in: [...articleOfRevision.keys()] } },
        orderBy: [{ revisionId: "asc" }, { start: "asc" }],
        select: { ...storedClaimSelect, revisionId: true, status: true, origin: true },
      },
    },
  });

  const input: EventMatrixInput = {
    articles: articles.map(toMatrixArticle),
    facets: facets.map((facet) => ({
      id: facet.id,
      key: facet.key,
      label: facet.label,
      kind: facet.kind,
      unit: facet.unit,
      claims: facet.claims.flatMap((claim) => {
        const article = articleOfRevision.get(claim.revisionId);
        if (!article) return [];
        const stored = toStoredClaim(claim, { outlet: article.outlet?.name ?? null, publishedAt: article.publishedAt, copyGroup: article.copyGroupId });
        return [{ articleId: article.id, status: claim.status, origin: claim.origin, claim: stored }];
      }),
    })),
  };
  return { event, articles, input };
}

export type EventComparison = NonNullable<Awaited<ReturnType<typeof loadEventComparison>>>;
