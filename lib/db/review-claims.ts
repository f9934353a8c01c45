import "server-only";
import { randomUUID } from "node:crypto";
import type { ReviewStatus } from "../claims/schema";
import type { MoveClaimsInput } from "../facets/schema";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { AppError } from "../errors";

/** Confirms, rejects or reopens a claim. Throws NOT_FOUND for an unknown claim. */
export async function setClaimStatus(claimId: string, status: ReviewStatus, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { status: true, facet: { select: { eventId: true } }, revision: { select: { article: { select: { eventId: true } } } } },
    });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist (any more).");
    if (claim.status === status) return;
    await tx.claim.update({ where: { id: claimId }, data: { status } });
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "claim",
      entityId: claimId,
      eventId: claim.revision.article.eventId,
      before: { status: claim.status },
      after: { status },
    });
  });
}

/**
 * Files claims under another facet of the same event, or under a new facet (a split). Moving is
 * a person's decision, so the moved claims count as confirmed and re-extraction leaves them be.
 * Returns the target facet's id.
 */
export async function moveClaims(input: MoveClaimsInput, actor: string): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { id: { in: input.claimIds } },
      select: { id: true, facetId: true, status: true, revision: { select: { article: { select: { eventId: true } } } } },
    });
    if (claims.length !== input.claimIds.length) throw new AppError("NOT_FOUND", "Some of these claims no longer exist.");
    const eventIds = new Set(claims.map((c) => c.revision.article.eventId));
    const [eventId] = eventIds;
    if (!eventId || eventIds.size > 1) throw new AppError("INVALID", "Claims of different events cannot be moved together.");

    let facetId: string;
    if ("facetId" in input.target) {
      const target = await tx.facet.findUnique({ where: { id: input.target.facetId }, select: { eventId: true } });
      if (target?.eventId !== eventId) throw new AppError("NOT_FOUND", "The target facet does not exist in this event.");
      facetId = input.target.facetId;
    } else {
      facetId = randomUUID();
      await tx.facet.create({ data: { id: facetId, eventId, origin: "human", ...input.target.newFacet } });
      await recordAudit(tx, { actor, action: "create", entityType: "facet", entityId: facetId, eventId, after: input.target.newFacet });
    }
    await tx.claim.updateMany({ where: { id: { in: input.claimIds } }, data: { facetId, status: "confirmed" } });
    await tx.auditEvent.createMany({
      data: claims.map((c) => ({
        actor,
        action: "update" as const,
        entityType: "claim",
        entityId: c.id,
        eventId,
        before: { facetId: c.facetId, status: c.status },
        after: { facetId, status: "confirmed" },
      })),
    });
    return facetId;
  });
}
