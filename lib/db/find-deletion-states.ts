import "server-only";
import { deletionState, type DeletionState } from "../audit/deletion-state";
import { restorableEntityTypeSchema, type RestorableEntityType } from "../audit/schema";
import { getDb } from "./client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which of `ids` are deleted now (a facet: dismissed); ids missing from the map no longer exist. */
async function findDeletedFlags(entityType: RestorableEntityType, ids: string[]): Promise<Map<string, boolean>> {
  const db = getDb();
  const args = { where: { id: { in: ids } } } as const;
  const rows =
    entityType === "facet"
      ? (await db.facet.findMany({ ...args, select: { id: true, dismissedAt: true } })).map((r) => ({ id: r.id, deletedAt: r.dismissedAt }))
      : await {
          event: () => db.event.findMany({ ...args, select: { id: true, deletedAt: true } }),
          article: () => db.article.findMany({ ...args, select: { id: true, deletedAt: true } }),
          claim: () => db.claim.findMany({ ...args, select: { id: true, deletedAt: true } }),
          annotation: () => db.annotation.findMany({ ...args, select: { id: true, deletedAt: true } }),
          verdict: () => db.verdict.findMany({ ...args, select: { id: true, deletedAt: true } }),
        }[entityType]();
  return new Map(rows.map((r) => [r.id, r.deletedAt !== null]));
}

/**
 * Where each "delete" entry among `entries` stands now (undoable, restored, or gone for good),
 * keyed by the entry's id in digits; other entries are left out. For the history page's Undo.
 */
export async function findDeletionStates(
  entries: { id: bigint; action: string; entityType: string; entityId: string }[],
): Promise<Map<string, DeletionState>> {
  const deletions = entries.filter((e) => e.action === "delete");
  const states = new Map<string, DeletionState>();
  const byType = new Map<RestorableEntityType, string[]>();
  for (const entry of deletions) {
    const type = restorableEntityTypeSchema.safeParse(entry.entityType);
    if (type.success && UUID.test(entry.entityId)) byType.set(type.data, [...(byType.get(type.data) ?? []), entry.entityId]);
  }
  const flags = new Map<string, Map<string, boolean>>();
  const latest = new Map<string, bigint>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const unique = [...new Set(ids)];
      flags.set(type, await findDeletedFlags(type, unique));
      const groups = await getDb().auditEvent.groupBy({
        by: ["entityId"],
        where: { action: "delete", entityType: type, entityId: { in: unique } },
        _max: { id: true },
      });
      for (const g of groups) if (g._max.id !== null) latest.set(`${type}:${g.entityId}`, g._max.id);
    }),
  );
  for (const entry of deletions) {
    const deleted = flags.get(entry.entityType)?.get(entry.entityId);
    const entity = deleted === undefined ? null : { deleted, latestDeleteId: latest.get(`${entry.entityType}:${entry.entityId}`) ?? null };
    states.set(entry.id.toString(), deletionState(entry, entity));
  }
  return states;
}
