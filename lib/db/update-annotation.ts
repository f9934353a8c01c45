import "server-only";
import type { UpdateAnnotationInput } from "../annotations/schema";
import { checkNoteLinks, getLiveAnnotationOrThrow, updateAnnotationAtVersion } from "./annotation-at-version";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/**
 * Replaces what a note says (body, tags, stance, linked claim or facet), if it is still at the
 * version the editor saw; throws EditConflictError otherwise (nothing written), NOT_FOUND for a
 * deleted note or an unknown link. Returns the version after the save.
 */
export async function updateAnnotation(input: UpdateAnnotationInput, actor: string): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const note = await getLiveAnnotationOrThrow(tx, input.annotationId);
    await checkNoteLinks(tx, note.revision.article.eventId, input);
    const next = { body: input.body, tags: input.tags, stance: input.stance ?? null, claimId: input.claimId ?? null, facetId: input.facetId ?? null };
    const version = await updateAnnotationAtVersion(tx, note, input.expectedVersion, next, { note: input.body, tags: input.tags.join(", "), stance: next.stance });
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => JSON.stringify(note[key]) !== JSON.stringify(next[key]));
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "annotation",
      entityId: note.id,
      eventId: note.revision.article.eventId,
      before: { quote: note.exact, ...Object.fromEntries(changed.map((key) => [key, note[key]])), version: note.version },
      after: { quote: note.exact, ...Object.fromEntries(changed.map((key) => [key, next[key]])), version },
    });
    return version;
  });
}
