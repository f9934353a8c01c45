import "server-only";
import type { ForgetCopyDecisionsInput } from "../copies/schema";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { lockCopyGroups } from "./lock-copy-groups";
import { regroupCopies } from "./regroup-copies";

/**
 * Undoes an editor's split or join: every live decision about these articles is set aside (kept,
 * soft-deleted, in the record) and the event is regrouped by the fingerprints alone. Throws
 * NOT_FOUND when there is no such article, CONFLICT when no decision about them is left (someone
 * handed them back already).
 */
export async function forgetCopyDecisions(input: ForgetCopyDecisionsInput, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const articles = await tx.article.findMany({ where: { id: { in: input.articleIds } }, select: { eventId: true, title: true } });
    const eventId = articles[0]?.eventId;
    if (!eventId || articles.length !== new Set(input.articleIds).size || articles.some((a) => a.eventId !== eventId)) {
      throw new AppError("NOT_FOUND", "One of these articles does not exist any more.");
    }
    await lockCopyGroups(tx, eventId);
    const aboutThem = { OR: [{ articleId: { in: input.articleIds } }, { otherId: { in: input.articleIds } }], deletedAt: null };
    const { count } = await tx.copyDecision.updateMany({ where: aboutThem, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "No editor's decision about these articles is left: the machine decides already.");
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "copy decision",
      entityId: input.articleIds[0]!,
      eventId,
      before: { decisions: count },
      after: { label: `handed back to the machine: ${articles.map((a) => `“${a.title}”`).join(", ")}`, decisions: 0 },
    });
    await regroupCopies(tx, eventId, actor);
  });
}
