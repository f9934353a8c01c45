import "server-only";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

async function getFacetOrThrow(tx: DbClient, facetId: string) {
  const facet = await tx.facet.findUnique({
    where: { id: facetId },
    select: { id: true, eventId: true, label: true, origin: true, dismissedAt: true },
  });
  if (!facet) throw new AppError("NOT_FOUND", "That facet does not exist (any more).");
  return facet;
}

/** Renames a facet; re-extraction keeps the new name. */
export async function renameFacet(facetId: string, label: string, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const facet = await getFacetOrThrow(tx, facetId);
    if (facet.label === label) return;
    await tx.facet.update({ where: { id: facetId }, data: { label } });
    await recordAudit(tx, { actor, action: "update", entityType: "facet", entityId: facetId, eventId: facet.eventId, before: { label: facet.label }, after: { label } });
  });
}

/**
 * Dismisses a facet (a person says it is not a question worth comparing): it disappears from
 * the event with its claims, and re-extraction does not propose it again. `restore` undoes it.
 */
export async function setFacetDismissed(facetId: string, dismissed: boolean, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const facet = await getFacetOrThrow(tx, facetId);
    if (Boolean(facet.dismissedAt) === dismissed) return;
    const dismissedAt = dismissed ? new Date() : null;
    await tx.facet.update({ where: { id: facetId }, data: { dismissedAt } });
    await recordAudit(tx, {
      actor,
      action: dismissed ? "delete" : "restore",
      entityType: "facet",
      entityId: facetId,
      eventId: facet.eventId,
      before: { dismissedAt: facet.dismissedAt?.toISOString() ?? null },
      after: { dismissedAt: dismissedAt?.toISOString() ?? null },
    });
  });
}

/** Moves every claim of `sourceId` into `targetId` (same event) and dismisses the source. */
export async function mergeFacets(sourceId: string, targetId: string, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const [source, target] = [await getFacetOrThrow(tx, sourceId), await getFacetOrThrow(tx, targetId)];
    if (source.eventId !== target.eventId) throw new AppError("INVALID", "Facets of different events cannot be merged.");
    const moved = await tx.claim.updateMany({ where: { facetId: sourceId }, data: { facetId: targetId } });
    await tx.facet.update({ where: { id: sourceId }, data: { dismissedAt: new Date() } });
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "facet",
      entityId: targetId,
      eventId: target.eventId,
      after: { mergedFrom: sourceId, mergedLabel: source.label, claimsMoved: moved.count },
    });
    await recordAudit(tx, { actor, action: "delete", entityType: "facet", entityId: sourceId, eventId: source.eventId, after: { mergedInto: targetId } });
  });
}
