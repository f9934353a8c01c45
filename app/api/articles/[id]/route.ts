import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { findArticleForReader } from "@/lib/db/articles";
import { updateArticle } from "@/lib/db/update-article";
import { AppError } from "@/lib/errors";

// GET /api/articles/{id} – an article's metadata, version and revisions
export const GET = handle(operations.getArticle, async ({ params }) => {
  const article = await findArticleForReader(params.id);
  if (!article) throw new AppError("NOT_FOUND", "There is no such article.");
  return {
    id: article.id,
    event: { slug: article.event.slug, title: article.event.title },
    title: article.title,
    url: article.url,
    outlet: article.outlet ? { id: article.outlet.id, name: article.outlet.name, domain: article.outlet.domain } : null,
    publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
    language: article.language,
    author: article.author,
    version: article.version,
    revisions: article.revisions.map((r) => ({ number: r.number, createdAt: r.createdAt.toISOString(), contentHash: r.contentHash })),
  };
});

// PATCH /api/articles/{id} – set or correct an article's metadata
export const PATCH = handle(operations.updateArticle, async ({ params, body, user }) => updateArticle(params.id, body, user.id));
