import "server-only";
import type { SetAnnotationResolvedInput } from "../annotations/schema";
import { getLiveAnnotationOrThrow, updateAnnotationAtVersion } from "./annotation-at-version";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/** Marks a note resolved (its question answered) or opens it again, at the version the editor saw. */
export async function setAnnotationResolved(input: SetAnnotationResolvedInput, actor: string): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const note = await getLiveAnnotationOrThrow(tx, input.annotationId);
    if ((note.resolvedAt !== null) === input.resolved && note.version === input.expectedVersion) return note.version;
    const version = await updateAnnotationAtVersion(tx, note, input.expectedVersion, { resolvedAt: input.resolved ? new Date() : null }, { resolved: input.resolved });
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "annotation",
      entityId: note.id,
      eventId: note.revision.article.eventId,
      before: { quote: note.exact, resolved: note.resolvedAt !== null, version: note.version },
      after: { quote: note.exact, resolved: input.resolved, version },
    });
    return version;
  });
}
