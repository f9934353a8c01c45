import "server-only";
import type { JoinCopiesInput } from "../copies/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { lockCopyGroups } from "./lock-copy-groups";
import { regroupCopies } from "./regroup-copies";
import { saveCopyDecisions } from "./save-copy-decisions";

/**
 * An editor marks articles as copies of one text (a translation, a rewrite the fingerprints did not
 * catch): each is joined to the next, earlier decisions keeping two of them apart are set aside,
 * and the event is regrouped. Throws INVALID for articles of several events or deleted ones,
 * EditConflictError when an article's group changed since the editor saw it, and CONFLICT when an
 * earlier decision about another member still keeps them apart (nothing is changed then).
 */
export async function joinCopies(input: JoinCopiesInput, actor: string): Promise<void> {
  const ids = [...new Set(input.articles.map((a) => a.articleId))];
  if (ids.length < 2) throw new AppError("INVALID", "Choose at least two different articles.");
  await getDb().$transaction(async (tx) => {
    const first = await tx.article.findUnique({ where: { id: ids[0] }, select: { eventId: true } });
    if (!first) throw new AppError("NOT_FOUND", "One of these articles does not exist any more.");
    await lockCopyGroups(tx, first.eventId);
    const articles = await tx.article.findMany({
      where: { id: { in: ids } },
      select: { id: true, eventId: true, title: true, deletedAt: true, copyGroup: { select: { id: true, version: true } } },
    });
    if (articles.length !== ids.length || articles.some((a) => a.eventId !== first.eventId || a.deletedAt)) {
      throw new AppError("INVALID", "Only live articles of one event can be marked as copies of each other.");
    }
    for (const seen of input.articles) {
      const now = articles.find((a) => a.id === seen.articleId)!;
      if ((now.copyGroup?.id ?? null) !== seen.groupId || (now.copyGroup && now.copyGroup.version !== seen.expectedVersion)) {
        const side = (version: number) => ({ version, article: now.title });
        throw new EditConflictError("copy group", now.copyGroup?.id ?? seen.groupId ?? now.id, side(now.copyGroup?.version ?? 1), side(seen.expectedVersion ?? 1));
      }
    }
    const eventId = first.eventId;
    await tx.copyDecision.updateMany({
      where: { articleId: { in: ids }, otherId: { in: ids }, copies: false, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    await saveCopyDecisions(tx, eventId, ids.slice(1).map((id, i) => [ids[i]!, id] as const), true, actor);
    const titles = ids.map((id) => `“${articles.find((a) => a.id === id)?.title}”`);
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "copy decision",
      entityId: ids[0]!,
      eventId,
      after: { label: `joined as copies of one text: ${titles.join(", ")}`, copies: true },
    });
    await regroupCopies(tx, eventId, actor);
    const groups = await tx.article.findMany({ where: { id: { in: ids } }, select: { copyGroupId: true } });
    if (new Set(groups.map((g) => g.copyGroupId)).size !== 1 || groups[0]?.copyGroupId === null) {
      throw new AppError(
        "CONFLICT",
        "An earlier decision keeps another copy of one of these apart from the rest. Hand those articles back to the machine first, then join them.",
      );
    }
  });
}
