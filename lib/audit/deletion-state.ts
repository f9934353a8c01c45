import { restorableEntityTypeSchema } from "./schema";

/**
 * Where a recorded deletion stands now, for the history page:
 * - `undoable`: the row is still deleted and this is its latest deletion, so Undo brings it back;
 * - `restored`: the row is live again (or this deletion was undone before a later one);
 * - `gone`: the row no longer exists (removed for good, e.g. a machine claim re-extraction
 *   dropped, or a deletion from before deletes were soft), or it is not a kind that is restorable.
 */
export type DeletionState = "undoable" | "restored" | "gone";

/**
 * @param entryId the "delete" entry of the record
 * @param entity the row it deleted as stored now (null when it no longer exists): whether it is
 * deleted, and the id of its latest "delete" entry
 */
export function deletionState(
  entry: { id: bigint; entityType: string },
  entity: { deleted: boolean; latestDeleteId: bigint | null } | null,
): DeletionState {
  if (!entity || !restorableEntityTypeSchema.safeParse(entry.entityType).success) return "gone";
  return entity.deleted && entity.latestDeleteId === entry.id ? "undoable" : "restored";
}
