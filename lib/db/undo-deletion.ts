import "server-only";
import {
  deletionRecordAfterSchema,
  mergedFacetRecordSchema,
  restorableEntityTypeSchema,
  type RestorableEntityType,
  type UndoDeletionInput,
} from "../audit/schema";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";
import { regroupCopies } from "./regroup-copies";

type Restored = { version: number; name: string | null };

/**
 * Clears the soft delete of one row and bumps its version, in one statement that only matches a
 * deleted row (so of two editors undoing at once, one restores and the other is told it is done).
 * Returns null when no deleted row matched.
 */
async function clearDeletion(tx: DbClient, entityType: RestorableEntityType, id: string): Promise<Restored | null> {
  const bump = { version: { increment: 1 } } as const;
  const deleted = { id, deletedAt: { not: null } } as const;
  switch (entityType) {
    case "event": {
      const [row] = await tx.event.updateManyAndReturn({ where: deleted, data: { deletedAt: null, ...bump }, select: { version: true, title: true } });
      return row ? { version: row.version, name: row.title } : null;
    }
    case "article": {
      const [row] = await tx.article.updateManyAndReturn({ where: deleted, data: { deletedAt: null, ...bump }, select: { version: true, title: true } });
      return row ? { version: row.version, name: row.title } : null;
    }
    case "facet": {
      const [row] = await tx.facet.updateManyAndReturn({
        where: { id, dismissedAt: { not: null } },
        // Restoring a merged facet undoes the merge: extraction files its claims in it again.
        data: { dismissedAt: null, mergedIntoId: null, ...bump },
        select: { version: true, label: true },
      });
      return row ? { version: row.version, name: row.label } : null;
    }
    case "claim": {
      const [row] = await tx.claim.updateManyAndReturn({ where: deleted, data: { deletedAt: null, ...bump }, select: { version: true, quote: true } });
      return row ? { version: row.version, name: row.quote } : null;
    }
    case "annotation": {
      const [row] = await tx.annotation.updateManyAndReturn({ where: deleted, data: { deletedAt: null, ...bump }, select: { version: true, exact: true } });
      return row ? { version: row.version, name: row.exact } : null;
    }
    case "verdict": {
      const [row] = await tx.verdict.updateManyAndReturn({ where: deleted, data: { deletedAt: null, ...bump }, select: { version: true } });
      return row ? { version: row.version, name: null } : null;
    }
  }
}

async function exists(tx: DbClient, entityType: RestorableEntityType, id: string): Promise<boolean> {
  const where = { where: { id }, select: { id: true } } as const;
  const delegates = {
    event: () => tx.event.findUnique(where),
    article: () => tx.article.findUnique(where),
    facet: () => tx.facet.findUnique(where),
    claim: () => tx.claim.findUnique(where),
    annotation: () => tx.annotation.findUnique(where),
    verdict: () => tx.verdict.findUnique(where),
  } satisfies Record<RestorableEntityType, () => Promise<{ id: string } | null>>;
  return (await delegates[entityType]()) !== null;
}

/**
 * Undoes one recorded deletion from the event's history: the row comes back (its `deletedAt`, or a
 * facet's `dismissedAt`, cleared and its version bumped) and a "restore" entry is written in the
 * same transaction. Undoing a merge also moves the merged claims that are still in the target
 * back. Throws NOT_FOUND when there is no such deletion or the row was removed for good, INVALID
 * for a kind of row that is never deleted softly, and CONFLICT when it was already restored.
 * @returns what was restored, and the event it belongs to.
 */
export async function undoDeletion(input: UndoDeletionInput, actor: string) {
  return getDb().$transaction(async (tx) => {
    const entry = await tx.auditEvent.findUnique({
      where: { id: BigInt(input.auditEventId) },
      select: { id: true, action: true, entityType: true, entityId: true, eventId: true, before: true, after: true },
    });
    if (!entry || entry.action !== "delete") throw new AppError("NOT_FOUND", "There is no such deletion on record.");
    const entityType = restorableEntityTypeSchema.safeParse(entry.entityType);
    if (!entityType.success) throw new AppError("INVALID", `A deleted ${entry.entityType} cannot be brought back.`);
    const latest = await tx.auditEvent.findFirst({
      where: { entityType: entry.entityType, entityId: entry.entityId, action: "delete" },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    if (latest?.id !== entry.id) throw new AppError("CONFLICT", `This ${entry.entityType} was restored since, and deleted again later: undo that deletion instead.`);

    const restored = await clearDeletion(tx, entityType.data, entry.entityId);
    if (!restored) {
      throw (await exists(tx, entityType.data, entry.entityId))
        ? new AppError("CONFLICT", `This ${entry.entityType} was already restored.`)
        : new AppError("NOT_FOUND", `This ${entry.entityType} was removed for good and cannot be brought back.`);
    }
    const column = entityType.data === "facet" ? "dismissedAt" : "deletedAt";
    await recordAudit(tx, {
      actor,
      action: "restore",
      entityType: entityType.data,
      entityId: entry.entityId,
      eventId: entry.eventId,
      before: { [column]: deletionRecordAfterSchema.parse(entry.after), version: restored.version - 1 },
      after: { ...nameOf(entityType.data, restored.name), [column]: null, version: restored.version, undoes: entry.id.toString() },
    });

    // A restored article is compared for copies again.
    if (entityType.data === "article" && entry.eventId) await regroupCopies(tx, entry.eventId, actor);

    const merge = entityType.data === "facet" ? mergedFacetRecordSchema.safeParse({ before: entry.before, after: entry.after }) : null;
    if (merge?.success) {
      const { claimIds } = merge.data.before;
      const { mergedInto } = merge.data.after;
      const moved = await tx.claim.updateManyAndReturn({
        where: { id: { in: claimIds }, facetId: mergedInto },
        data: { facetId: entry.entityId, version: { increment: 1 } },
        select: { id: true, version: true },
      });
      await tx.auditEvent.createMany({
        data: moved.map((c) => ({
          actor,
          action: "update" as const,
          entityType: "claim",
          entityId: c.id,
          eventId: entry.eventId,
          before: { facetId: mergedInto, version: c.version - 1 },
          after: { facetId: entry.entityId, version: c.version },
        })),
      });
    }
    return { entityType: entityType.data, entityId: entry.entityId, eventId: entry.eventId };
  });
}

/** The field describeChange names a row by. */
function nameOf(entityType: RestorableEntityType, name: string | null): Record<string, string> {
  if (name === null) return {};
  const key = { event: "title", article: "title", facet: "label", claim: "quote", annotation: "quote", verdict: "text" }[entityType];
  return { [key]: name };
}
