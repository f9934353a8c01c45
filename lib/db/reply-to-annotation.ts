import "server-only";
import type { ReplyToAnnotationInput } from "../annotations/schema";
import { getLiveAnnotationOrThrow } from "./annotation-at-version";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/**
 * Adds a reply to a note's thread. Replies only ever add, so two people replying at once both
 * land; the note itself (and its version) is unchanged. Returns the reply's id.
 */
export async function replyToAnnotation(input: ReplyToAnnotationInput, author: { id: string | null; name: string }, actor: string): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const note = await getLiveAnnotationOrThrow(tx, input.annotationId);
    const reply = await tx.annotationReply.create({
      data: { annotationId: note.id, body: input.body, authorId: author.id, authorName: author.name },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "reply",
      entityId: reply.id,
      eventId: note.revision.article.eventId,
      after: { annotationId: note.id, quote: note.exact, body: input.body.length > 200 ? `${input.body.slice(0, 199)}…` : input.body },
    });
    return reply.id;
  });
}
