import "server-only";
import { AppError, EditConflictError } from "../errors";
import type { MergeFacetsInput, RenameFacetInput, SetFacetDismissedInput } from "../facets/schema";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

type StoredFacet = Awaited<ReturnType<typeof getFacetOrThrow>>;

async function getFacetOrThrow(tx: DbClient, facetId: string) {
  const facet = await tx.facet.findUnique({
    where: { id: facetId },
    select: { id: true, eventId: true, label: true, origin: true, dismissedAt: true, version: true, event: { select: { deletedAt: true } } },
  });
  if (!facet || facet.event.deletedAt) throw new AppError("NOT_FOUND", "That facet does not exist (any more).");
  return facet;
}

/** The facet as someone else left it, for the "theirs" side of a conflict. */
function facetSide(facet: StoredFacet) {
  return { version: facet.version, label: facet.label, dismissed: facet.dismissedAt !== null };
}

/**
 * Bumps the facet's version and applies `data`, in one statement conditional on the version the
 * editor saw; throws EditConflictError (and writes nothing) when someone saved first.
 */
async function updateFacetAtVersion(
  tx: DbClient,
  facet: StoredFacet,
  expectedVersion: number,
  data: { label?: string; dismissedAt?: Date | null; mergedIntoId?: string | null },
  attempted: { label?: string; dismissed?: boolean },
): Promise<number> {
  const conflict = (now: StoredFacet) =>
    new EditConflictError("facet", now.id, facetSide(now), { ...facetSide(now), ...attempted, version: expectedVersion });
  if (facet.version !== expectedVersion) throw conflict(facet);
  const { count } = await tx.facet.updateMany({ where: { id: facet.id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw conflict(await getFacetOrThrow(tx, facet.id));
  return expectedVersion + 1;
}

/** Renames a facet, if still at the version the editor saw; re-extraction keeps the new name. */
export async function renameFacet(input: RenameFacetInput, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const facet = await getFacetOrThrow(tx, input.facetId);
    if (facet.label === input.label && facet.version === input.expectedVersion) return;
    const version = await updateFacetAtVersion(tx, facet, input.expectedVersion, { label: input.label }, { label: input.label });
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "facet",
      entityId: facet.id,
      eventId: facet.eventId,
      before: { label: facet.label, version: facet.version },
      after: { label: input.label, version },
    });
  });
}

/**
 * Dismisses a facet (a person says it is not a question worth comparing): it disappears from
 * the event with its claims, and re-extraction does not propose it again. Dismissing is the
 * facet's soft delete; `dismissed: false`, or Undo on the history page, restores it.
 */
export async function setFacetDismissed(input: SetFacetDismissedInput, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const facet = await getFacetOrThrow(tx, input.facetId);
    if (Boolean(facet.dismissedAt) === input.dismissed && facet.version === input.expectedVersion) return;
    const dismissedAt = input.dismissed ? new Date() : null;
    const version = await updateFacetAtVersion(tx, facet, input.expectedVersion, { dismissedAt }, { dismissed: input.dismissed });
    await recordAudit(tx, {
      actor,
      action: input.dismissed ? "delete" : "restore",
      entityType: "facet",
      entityId: facet.id,
      eventId: facet.eventId,
      before: { label: facet.label, dismissedAt: facet.dismissedAt?.toISOString() ?? null, version: facet.version },
      after: { dismissedAt: dismissedAt?.toISOString() ?? null, version },
    });
  });
}

/**
 * Moves every claim of the source into the target (same event, not dismissed) and dismisses the
 * source, if the source is still at the version the editor saw; later extractions file what they
 * find for the source into the target. The source's "delete" entry
 * lists the moved claims, so undoing it from the history moves them back.
 */
export async function mergeFacets(input: MergeFacetsInput, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const [source, target] = [await getFacetOrThrow(tx, input.sourceId), await getFacetOrThrow(tx, input.targetId)];
    if (source.eventId !== target.eventId) throw new AppError("INVALID", "Facets of different events cannot be merged.");
    if (target.dismissedAt) throw new AppError("INVALID", "That facet was dismissed: restore it before merging into it.");
    const dismissedAt = new Date();
    // The merge is remembered: extraction files the source's claims into the target from now on.
    const version = await updateFacetAtVersion(tx, source, input.expectedVersion, { dismissedAt, mergedIntoId: target.id }, { dismissed: true });

    // Deleted claims move too, so that restoring one later finds it where its siblings went.
    const claims = await tx.claim.updateManyAndReturn({
      where: { facetId: source.id },
      data: { facetId: target.id, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    const claimIds = claims.map((c) => c.id);
    await tx.auditEvent.createMany({
      data: [
        {
          actor,
          action: "update" as const,
          entityType: "facet",
          entityId: target.id,
          eventId: target.eventId,
          after: { mergedFrom: source.id, mergedLabel: source.label, claimsMoved: claims.length },
        },
        {
          actor,
          action: "delete" as const,
          entityType: "facet",
          entityId: source.id,
          eventId: source.eventId,
          before: { label: source.label, dismissedAt: null, version: source.version, claimIds },
          after: { mergedInto: target.id, dismissedAt: dismissedAt.toISOString(), version },
        },
        ...claims.map((c) => ({
          actor,
          action: "update" as const,
          entityType: "claim",
          entityId: c.id,
          eventId: source.eventId,
          before: { facetId: source.id, version: c.version - 1 },
          after: { facetId: target.id, version: c.version },
        })),
      ],
    });
  });
}
