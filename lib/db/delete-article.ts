import "server-only";
import type { DeleteArticleInput } from "../articles/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { regroupCopies } from "./regroup-copies";

/**
 * Deletes an article softly, if it is still at the version the editor saw: it, its revisions and
 * its claims disappear from every screen and the export, and an editor can undo it from the
 * event's history. Throws NOT_FOUND for an unknown or already deleted article, EditConflictError
 * when someone saved it first.
 */
export async function deleteArticle(input: DeleteArticleInput, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const find = () =>
      tx.article.findFirst({
        where: { id: input.articleId, deletedAt: null, event: { deletedAt: null } },
        select: { eventId: true, title: true, url: true, version: true },
      });
    const article = await find();
    if (!article) throw new AppError("NOT_FOUND", "That article does not exist any more (it may have been deleted already).");
    const attempted = { version: input.expectedVersion, title: article.title, deleted: true };
    if (article.version !== input.expectedVersion) {
      throw new EditConflictError("article", input.articleId, { version: article.version, title: article.title, deleted: false }, attempted);
    }
    const deletedAt = new Date();
    const { count } = await tx.article.updateMany({
      where: { id: input.articleId, version: input.expectedVersion, deletedAt: null },
      data: { deletedAt, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await find();
      if (!now) throw new AppError("NOT_FOUND", "That article was just deleted by someone else.");
      throw new EditConflictError("article", input.articleId, { version: now.version, title: now.title, deleted: false }, attempted);
    }
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "article",
      entityId: input.articleId,
      eventId: article.eventId,
      before: { title: article.title, url: article.url, version: article.version, deletedAt: null },
      after: { deletedAt: deletedAt.toISOString(), version: article.version + 1 },
    });
    await regroupCopies(tx, article.eventId, actor);
  });
}
