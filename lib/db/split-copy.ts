import "server-only";
import type { SplitCopyInput } from "../copies/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { lockCopyGroups } from "./lock-copy-groups";
import { regroupCopies } from "./regroup-copies";
import { saveCopyDecisions } from "./save-copy-decisions";

/**
 * An editor takes one article out of its copy group: it is recorded as not a copy of any other
 * member, the event is regrouped (the others stay together if they are copies of each other), and
 * the decision is kept, so no later import puts it back. Throws NOT_FOUND when the group no longer
 * exists, EditConflictError when its members changed since the editor saw version
 * `expectedVersion`, CONFLICT when the article is not in it.
 */
export async function splitCopy(input: SplitCopyInput, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const group = await tx.copyGroup.findUnique({
      where: { id: input.groupId },
      select: { eventId: true, version: true, articles: { where: { deletedAt: null }, select: { id: true, title: true } } },
    });
    if (!group) throw new AppError("NOT_FOUND", "This copy group no longer exists: the articles were regrouped since. Reload the page.");
    await lockCopyGroups(tx, group.eventId);
    const now = await tx.copyGroup.findUniqueOrThrow({ where: { id: input.groupId }, select: { version: true } });
    const names = group.articles.map((a) => a.title).join(" · ");
    if (now.version !== input.expectedVersion) {
      throw new EditConflictError("copy group", input.groupId, { version: now.version, articles: names }, { version: input.expectedVersion, articles: names });
    }
    const article = group.articles.find((a) => a.id === input.articleId);
    if (!article) throw new AppError("CONFLICT", "That article is not in this copy group any more.");
    const others = group.articles.filter((a) => a.id !== input.articleId);
    await saveCopyDecisions(tx, group.eventId, others.map((o) => [input.articleId, o.id] as const), false, actor);
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "copy decision",
      entityId: input.articleId,
      eventId: group.eventId,
      // Verb first: the history shortens long labels.
      after: { label: `split from its copies: “${article.title}”`, copies: false, notCopyOf: others.map((o) => o.title) },
    });
    await regroupCopies(tx, group.eventId, actor);
  });
}
