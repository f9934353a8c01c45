import "server-only";
import type { ConfirmAnchorInput } from "../annotations/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, Prisma, type DbClient } from "./client";

type Pinned = { id: string; version: number; anchorState: string; quote: string; eventId: string };

async function findPinned(tx: DbClient, input: ConfirmAnchorInput): Promise<Pinned | null> {
  const live = { id: input.id, deletedAt: null, revision: { article: { deletedAt: null } } } as const;
  const revision = { select: { article: { select: { eventId: true } } } } as const;
  if (input.kind === "annotation") {
    const note = await tx.annotation.findFirst({ where: live, select: { id: true, version: true, anchorState: true, exact: true, revision } });
    return note && { id: note.id, version: note.version, anchorState: note.anchorState, quote: note.exact, eventId: note.revision.article.eventId };
  }
  const claim = await tx.claim.findFirst({ where: live, select: { id: true, version: true, anchorState: true, quote: true, revision } });
  return claim && { id: claim.id, version: claim.version, anchorState: claim.anchorState, quote: claim.quote, eventId: claim.revision.article.eventId };
}

/**
 * A person confirms that a note or claim the re-anchoring moved ("moved — please confirm") sits on
 * the right words: it counts as anchored again and its old place is forgotten. At the version the
 * person saw (EditConflictError otherwise); confirming one that is not awaiting it is INVALID.
 */
export async function confirmAnchor(input: ConfirmAnchorInput, actor: string): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const what = input.kind === "annotation" ? "note" : "claim";
    const pinned = await findPinned(tx, input);
    if (!pinned) throw new AppError("NOT_FOUND", `That ${what} does not exist any more.`);
    const side = (p: Pinned) => ({ version: p.version, place: p.anchorState === "moved" ? "to confirm" : p.anchorState });
    const conflict = (now: Pinned) => new EditConflictError(what, now.id, side(now), { version: input.expectedVersion, place: "confirmed" });
    if (pinned.version !== input.expectedVersion) throw conflict(pinned);
    if (pinned.anchorState !== "moved") throw new AppError("INVALID", `This ${what} is not waiting for a confirmation of its place.`);
    const where = { id: input.id, version: input.expectedVersion, anchorState: "moved" };
    const data = { anchorState: "anchored", movedFrom: Prisma.DbNull, version: { increment: 1 } };
    const { count } = input.kind === "annotation" ? await tx.annotation.updateMany({ where, data }) : await tx.claim.updateMany({ where, data });
    if (count === 0) {
      const now = await findPinned(tx, input);
      if (!now) throw new AppError("NOT_FOUND", `That ${what} does not exist any more.`);
      throw conflict(now);
    }
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: input.kind,
      entityId: input.id,
      eventId: pinned.eventId,
      before: { quote: pinned.quote, anchorState: "moved", version: pinned.version },
      after: { quote: pinned.quote, anchorState: "anchored", version: pinned.version + 1 },
    });
    return pinned.version + 1;
  });
}
