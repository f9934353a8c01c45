import "server-only";
import { getDb } from "./client";
import { articleOrder } from "./selects";

const outletSelect = { select: { id: true, name: true, domain: true, country: true } } as const;

/** The articles of an event in publication order (undated last), for the event page. */
export async function findArticlesForEvent(eventId: string) {
  const articles = await getDb().article.findMany({
    where: { eventId, deletedAt: null },
    orderBy: [...articleOrder],
    select: {
      id: true,
      title: true,
      url: true,
      language: true,
      publishedAt: true,
      outlet: outletSelect,
      _count: { select: { revisions: true } },
    },
  });
  return articles.map(({ _count, ...article }) => ({ ...article, revisionCount: _count.revisions }));
}

/**
 * One article with its revision list and the text of revision `number` (the latest when
 * omitted). Null when the article (or its event) does not exist or was deleted; `revision` is
 * null when that number does not.
 */
export async function findArticleForReader(articleId: string, number?: number) {
  const article = await getDb().article.findUnique({
    where: { id: articleId, deletedAt: null, event: { deletedAt: null } },
    select: {
      id: true,
      title: true,
      url: true,
      language: true,
      publishedAt: true,
      author: true,
      version: true,
      outlet: outletSelect,
      event: { select: { id: true, slug: true, title: true } },
      revisions: {
        orderBy: { number: "desc" },
        select: { id: true, number: true, createdAt: true, contentHash: true },
      },
    },
  });
  if (!article) return null;
  const chosen = number ?? article.revisions[0]?.number;
  const revision =
    chosen === undefined
      ? null
      : await getDb().articleRevision.findUnique({
          where: { articleId_number: { articleId, number: chosen } },
          select: { id: true, number: true, text: true, createdAt: true },
        });
  return { ...article, revision };
}

/** The latest revision of the live article with this URL in an event (its id and text), or null. */
export async function findLatestRevisionByUrl(eventId: string, url: string) {
  const article = await getDb().article.findFirst({
    where: { eventId, url, deletedAt: null },
    select: { revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, text: true } } },
  });
  return article?.revisions[0] ?? null;
}
