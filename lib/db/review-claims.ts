import "server-only";
import { randomUUID } from "node:crypto";
import type { SetClaimStatusInput } from "../claims/schema";
import type { MoveClaimsInput } from "../facets/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

const claimStateSelect = {
  id: true,
  version: true,
  status: true,
  facetId: true,
  facet: { select: { label: true } },
  revision: { select: { article: { select: { eventId: true } } } },
} as const;

/** A claim as stored now, for the "theirs" side of a conflict; null when it is gone or deleted. */
async function findLiveClaim(tx: DbClient, claimId: string) {
  return tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: claimStateSelect });
}

function claimSide(claim: NonNullable<Awaited<ReturnType<typeof findLiveClaim>>>) {
  return { version: claim.version, status: claim.status, facet: claim.facet?.label ?? null };
}

const gone = () => new AppError("NOT_FOUND", "That claim does not exist any more (it may have been deleted: see the event's history).");

/**
 * Confirms, rejects or reopens a claim, if it is still at `expectedVersion`. The update is
 * conditional on that version in the same statement, so of two editors saving the same version
 * exactly one lands. Throws NOT_FOUND for an unknown or deleted claim and EditConflictError when
 * someone saved first. Setting the status it already has writes nothing (`changed: false`).
 * @returns the claim's version after the call.
 */
export async function setClaimStatus(input: SetClaimStatusInput, actor: string): Promise<{ version: number; changed: boolean }> {
  return getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, input.claimId);
    if (!claim) throw gone();
    const attempted = { version: input.expectedVersion, status: input.status, facet: claim.facet?.label ?? null };
    if (claim.version !== input.expectedVersion) throw new EditConflictError("claim", claim.id, claimSide(claim), attempted);
    if (claim.status === input.status) return { version: claim.version, changed: false };

    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.expectedVersion, deletedAt: null },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) {
      // Saved by someone else between our read and our write.
      const now = await findLiveClaim(tx, input.claimId);
      if (!now) throw gone();
      throw new EditConflictError("claim", now.id, claimSide(now), attempted);
    }
    const version = input.expectedVersion + 1;
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "claim",
      entityId: input.claimId,
      eventId: claim.revision.article.eventId,
      before: { status: claim.status, version: claim.version },
      after: { status: input.status, version },
    });
    return { version, changed: true };
  });
}

/**
 * Files claims under another live facet of the same event, or under a new facet (a split), if
 * each is still at the version the editor saw (else EditConflictError, and nothing moves).
 * Moving is a person's decision, so the moved claims count as confirmed and re-extraction leaves
 * them be. Returns the target facet's id.
 */
export async function moveClaims(input: MoveClaimsInput, actor: string): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const ids = input.claims.map((c) => c.claimId);
    const claims = await tx.claim.findMany({ where: { id: { in: ids }, deletedAt: null }, select: claimStateSelect });
    if (claims.length !== ids.length) throw new AppError("NOT_FOUND", "Some of these claims no longer exist.");
    const eventIds = new Set(claims.map((c) => c.revision.article.eventId));
    const [eventId] = eventIds;
    if (!eventId || eventIds.size > 1) throw new AppError("INVALID", "Claims of different events cannot be moved together.");

    let facetId: string;
    let facetLabel: string;
    if ("facetId" in input.target) {
      const target = await tx.facet.findFirst({ where: { id: input.target.facetId, dismissedAt: null }, select: { eventId: true, label: true } });
      if (target?.eventId !== eventId) throw new AppError("NOT_FOUND", "The target facet does not exist in this event.");
      facetId = input.target.facetId;
      facetLabel = target.label;
    } else {
      facetId = randomUUID();
      facetLabel = input.target.newFacet.label;
    }

    const stored = new Map(claims.map((c) => [c.id, c]));
    const conflict = () => {
      const outdated = input.claims.find((c) => stored.get(c.claimId)?.version !== c.expectedVersion);
      const claim = outdated && stored.get(outdated.claimId);
      return outdated && claim
        ? new EditConflictError("claim", claim.id, claimSide(claim), { version: outdated.expectedVersion, status: "confirmed", facet: facetLabel })
        : null;
    };
    const early = conflict();
    if (early) throw early;

    if ("newFacet" in input.target) {
      await tx.facet.create({ data: { id: facetId, eventId, origin: "human", ...input.target.newFacet } });
      await recordAudit(tx, { actor, action: "create", entityType: "facet", entityId: facetId, eventId, after: input.target.newFacet });
    }
    const { count } = await tx.claim.updateMany({
      where: { OR: input.claims.map((c) => ({ id: c.claimId, version: c.expectedVersion })), deletedAt: null },
      data: { facetId, status: "confirmed", version: { increment: 1 } },
    });
    if (count !== input.claims.length) {
      // Someone saved one of them first: throwing rolls back the claims that did move.
      for (const now of await tx.claim.findMany({ where: { id: { in: ids } }, select: claimStateSelect })) stored.set(now.id, now);
      throw conflict() ?? new AppError("CONFLICT", "Someone changed these claims while you were looking; nothing was moved.");
    }
    await tx.auditEvent.createMany({
      data: input.claims.map(({ claimId, expectedVersion }) => {
        const c = stored.get(claimId)!;
        return {
          actor,
          action: "update" as const,
          entityType: "claim",
          entityId: claimId,
          eventId,
          before: { facetId: c.facetId, status: c.status, version: expectedVersion },
          after: { facetId, status: "confirmed", version: expectedVersion + 1 },
        };
      }),
    });
    return facetId;
  });
}
