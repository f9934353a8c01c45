import "server-only";
import { selectPassage, snapToWords } from "../anchoring";
import type { CreateAnnotationInput } from "../annotations/schema";
import { AppError } from "../errors";
import { checkNoteLinks } from "./annotation-at-version";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/**
 * Stores a note on words of the latest revision of an article: the range is snapped to whole
 * words, and both W3C selectors are taken from the revision text itself, so they always agree.
 * Throws NOT_FOUND for an unknown revision or link, INVALID for an earlier revision or a range
 * outside the text. Returns the note's id.
 */
export async function createAnnotation(
  input: CreateAnnotationInput,
  author: { id: string | null; name: string },
  actor: string,
  /** When set, the revision must belong to this event (the API names the event in its path). */
  eventId?: string,
): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const revision = await tx.articleRevision.findFirst({
      where: { id: input.revisionId, article: { deletedAt: null, event: { deletedAt: null } } },
      select: { number: true, text: true, article: { select: { eventId: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } } } } },
    });
    if (!revision || (eventId && revision.article.eventId !== eventId)) {
      throw new AppError("NOT_FOUND", "That article revision is not part of this event (or its article was deleted).");
    }
    if (revision.article.revisions[0]?.number !== revision.number) {
      throw new AppError("INVALID", "Notes are written on the latest revision of an article; open the latest one.");
    }
    const words = input.end <= revision.text.length ? snapToWords(revision.text, input.start, input.end) : null;
    if (!words) throw new AppError("INVALID", "The selection is outside the article text, or holds no words.");
    await checkNoteLinks(tx, revision.article.eventId, input);
    const { quote, position } = selectPassage(revision.text, words.start, words.end);
    const note = await tx.annotation.create({
      data: {
        revisionId: input.revisionId,
        claimId: input.claimId ?? null,
        facetId: input.facetId ?? null,
        ...quote,
        ...position,
        body: input.body,
        tags: input.tags,
        stance: input.stance ?? null,
        authorId: author.id,
        authorName: author.name,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "annotation",
      entityId: note.id,
      eventId: revision.article.eventId,
      after: { quote: quote.exact, start: position.start, end: position.end, tags: input.tags, stance: input.stance ?? null, claimId: input.claimId ?? null, facetId: input.facetId ?? null },
    });
    return note.id;
  });
}
