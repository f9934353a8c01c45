import "server-only";
import type { ArticleComparisonQuery } from "../compare/article-comparison-schema";
import { resolveArticlePair } from "../compare/resolve-article-pair";
import { getDb } from "./client";
import { articleLabelSelect, articleOrder } from "./selects";

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * The texts the article comparison needs, in two queries: the event's articles with their
 * revision numbers, then the texts of the two chosen revisions and of every article's latest
 * revision (the heat map compares them all with the base).
 * Deleted articles are left out.
 * @returns null when no live event has this slug; `pair` is null when it has no article yet.
 */
export async function loadArticleComparison(slug: string, query: Partial<ArticleComparisonQuery>) {
  const db = getDb();
  const event = await db.event.findUnique({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      articles: {
        where: { deletedAt: null },
        orderBy: [...articleOrder],
        select: {
          ...articleLabelSelect,
          revisions: { orderBy: { number: "desc" }, select: { id: true, number: true, createdAt: true } },
        },
      },
    },
  });
  if (!event) return null;

  const articles = event.articles.map((a) => ({
    id: a.id,
    title: a.title,
    language: a.language,
    publishedAt: isoDate(a.publishedAt),
    outlet: a.outlet?.name ?? null,
    revisions: a.revisions,
  }));
  const pair = resolveArticlePair(
    articles.map((a) => ({ id: a.id, revisions: a.revisions.map((r) => r.number) })),
    query,
  );
  const revisionId = (articleId: string, number: number) =>
    articles.find((a) => a.id === articleId)?.revisions.find((r) => r.number === number)?.id;
  const latestIds = articles.flatMap((a) => (a.revisions[0] ? [a.revisions[0].id] : []));
  const chosenIds = pair ? [revisionId(pair.a.articleId, pair.a.revision), revisionId(pair.b.articleId, pair.b.revision)] : [];
  const ids = [...new Set([...latestIds, ...chosenIds.filter((id): id is string => id !== undefined)])];
  const texts = new Map(
    (await db.articleRevision.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } })).map((r) => [r.id, r.text]),
  );

  const side = (choice: { articleId: string; revision: number }) => {
    const article = articles.find((a) => a.id === choice.articleId);
    const id = revisionId(choice.articleId, choice.revision);
    return article && id ? { article, revision: choice.revision, text: texts.get(id) ?? "" } : null;
  };
  const latestText = (articleId: string) => {
    const id = articles.find((a) => a.id === articleId)?.revisions[0]?.id;
    return id ? (texts.get(id) ?? "") : "";
  };
  return {
    event: { id: event.id, slug: event.slug, title: event.title },
    articles,
    pair,
    left: pair ? side(pair.a) : null,
    right: pair ? side(pair.b) : null,
    heat: pair
      ? {
          base: { article: articles.find((a) => a.id === pair.baseId) ?? null, text: latestText(pair.baseId) },
          others: articles.filter((a) => a.id !== pair.baseId && a.revisions.length > 0).map((a) => ({ article: a, text: latestText(a.id) })),
        }
      : null,
  };
}

export type LoadedArticleComparison = NonNullable<Awaited<ReturnType<typeof loadArticleComparison>>>;
