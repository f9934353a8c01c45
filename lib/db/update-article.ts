import "server-only";
import type { UpdateArticleInput } from "../articles/schema";
import { AppError, EditConflictError } from "../errors";
import { domainOf } from "../articles/domain-of";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";
import { upsertOutlet } from "./import-article";

const articleSelect = {
  id: true,
  eventId: true,
  title: true,
  url: true,
  outletId: true,
  publishedAt: true,
  language: true,
  author: true,
  version: true,
} as const;

type Stored = { title: string; url: string | null; outletId: string | null; publishedAt: Date | null; language: string; author: string | null };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const side = (a: Stored & { version: number }) => ({
  version: a.version,
  title: a.title,
  url: a.url,
  outletId: a.outletId,
  publishedAt: isoDate(a.publishedAt),
  language: a.language,
  author: a.author,
});

/**
 * Sets or corrects an article's title, URL, outlet, publication date, language and author, if it
 * is still at the version the editor saw. An outlet of "from-url" is the outlet of the URL's
 * domain, made when missing. Throws NOT_FOUND for an unknown or deleted article, INVALID for an
 * unknown outlet or "from-url" without URL, CONFLICT when another article of the event has this URL,
 * and EditConflictError (nothing written) when someone saved first.
 * @returns the article's new version.
 */
export async function updateArticle(articleId: string, input: UpdateArticleInput, actor: string): Promise<{ version: number }> {
  return getDb().$transaction(async (tx) => {
    const find = () => tx.article.findFirst({ where: { id: articleId, deletedAt: null, event: { deletedAt: null } }, select: articleSelect });
    const article = await find();
    if (!article) throw new AppError("NOT_FOUND", "That article does not exist (any more).");
    const outletId = await resolveOutlet(tx, input, actor);
    const next: Stored = {
      title: input.title,
      url: input.url,
      outletId,
      publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
      language: input.language,
      author: input.author,
    };
    const attempted = side({ ...next, version: input.expectedVersion });
    if (article.version !== input.expectedVersion) throw new EditConflictError("article", articleId, side(article), attempted);
    const changed = (Object.keys(next) as (keyof Stored)[]).filter((key) => JSON.stringify(side(article)[key]) !== JSON.stringify(attempted[key]));
    if (changed.length === 0) return { version: article.version };
    if (input.url && input.url !== article.url) {
      const other = await tx.article.findFirst({ where: { eventId: article.eventId, url: input.url, id: { not: articleId } }, select: { title: true, deletedAt: true } });
      if (other) {
        throw new AppError("CONFLICT", `Another article of this event${other.deletedAt ? " (deleted, in its history)" : ""} has this URL: “${other.title}”.`);
      }
    }
    const { count } = await tx.article.updateMany({ where: { id: articleId, version: input.expectedVersion, deletedAt: null }, data: { ...next, version: { increment: 1 } } });
    if (count === 0) {
      const now = await find();
      if (!now) throw new AppError("NOT_FOUND", "That article was just deleted by someone else.");
      throw new EditConflictError("article", articleId, side(now), attempted);
    }
    const version = article.version + 1;
    const pick = (values: ReturnType<typeof side>) => Object.fromEntries(changed.map((key) => [key, values[key]]));
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "article",
      entityId: articleId,
      eventId: article.eventId,
      before: { ...pick(side(article)), title: article.title, version: article.version },
      after: { ...pick(attempted), title: input.title, version },
    });
    return { version };
  });
}

async function resolveOutlet(tx: DbClient, input: UpdateArticleInput, actor: string): Promise<string | null> {
  if (input.outlet === null) return null;
  if (input.outlet === "from-url") {
    const domain = input.url ? domainOf(input.url) : undefined;
    if (!domain) throw new AppError("INVALID", "Give the article's URL to take its outlet from the URL's domain.");
    return upsertOutlet(tx, { name: domain, domain }, actor);
  }
  const outlet = await tx.outlet.findUnique({ where: { id: input.outlet }, select: { id: true } });
  if (!outlet) throw new AppError("INVALID", "That outlet does not exist (any more); choose another.");
  return outlet.id;
}
