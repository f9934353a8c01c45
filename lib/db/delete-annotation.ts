import "server-only";
import type { AnnotationRef } from "../annotations/schema";
import { getLiveAnnotationOrThrow, updateAnnotationAtVersion } from "./annotation-at-version";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/**
 * Deletes a note softly, at the version the editor saw: it leaves every screen and export, and
 * the event's history can bring it back (`undoDeletion`) with its thread.
 */
export async function deleteAnnotation(input: AnnotationRef, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const note = await getLiveAnnotationOrThrow(tx, input.annotationId);
    const deletedAt = new Date();
    const version = await updateAnnotationAtVersion(tx, note, input.expectedVersion, { deletedAt }, { deleted: true });
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "annotation",
      entityId: note.id,
      eventId: note.revision.article.eventId,
      before: { quote: note.exact, version: note.version, deletedAt: null },
      after: { deletedAt: deletedAt.toISOString(), version },
    });
  });
}
