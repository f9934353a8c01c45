import "server-only";
import type { RecordVerdictInput } from "../verdicts/schema";
import { verdictRatingSchema } from "../verdicts/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

async function findLiveVerdict(tx: DbClient, facetId: string) {
  return tx.verdict.findFirst({
    where: { facetId, deletedAt: null },
    select: { id: true, version: true, rating: true, explanation: true, evidence: { select: { claimId: true, annotationId: true } } },
  });
}
type LiveVerdict = NonNullable<Awaited<ReturnType<typeof findLiveVerdict>>>;

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
const side = (v: { version: number; rating: string; explanation: string }) => ({ version: v.version, rating: v.rating, explanation: short(v.explanation) });

/**
 * Records a facet's verdict (one live verdict per facet): a new one, or a change to the one the
 * fact-checker saw, with the evidence it rests on (claims and notes of the same event, replacing
 * the previous set); the facet is resolved in the same transaction. The facet row is locked
 * first, so two people recording a first verdict at once cannot both create one: the second gets
 * EditConflictError with the first one's verdict, as does a change based on an older version.
 * Throws NOT_FOUND for a dismissed facet or evidence outside the event. Returns the verdict's id.
 */
export async function recordVerdict(input: RecordVerdictInput, author: { id: string | null; name: string }, actor: string): Promise<string> {
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "facet" WHERE id = ${input.facetId}::uuid FOR UPDATE`;
    const facet = await tx.facet.findFirst({
      where: { id: input.facetId, dismissedAt: null, event: { deletedAt: null } },
      select: { id: true, eventId: true, label: true, state: true, version: true },
    });
    if (!facet) throw new AppError("NOT_FOUND", "That facet does not exist (or was dismissed).");
    // One after the other: a transaction is one connection, which runs one query at a time.
    const claims = await tx.claim.findMany({ where: { id: { in: input.evidence.claimIds }, deletedAt: null, revision: { article: { eventId: facet.eventId } } }, select: { id: true } });
    const notes = await tx.annotation.findMany({ where: { id: { in: input.evidence.annotationIds }, deletedAt: null, revision: { article: { eventId: facet.eventId } } }, select: { id: true } });
    if (claims.length !== new Set(input.evidence.claimIds).size || notes.length !== new Set(input.evidence.annotationIds).size) {
      throw new AppError("NOT_FOUND", "Some of the evidence is not part of this event (or was deleted).");
    }

    const live = await findLiveVerdict(tx, facet.id);
    const attempted = { version: input.expectedVersion ?? 1, rating: input.rating, explanation: short(input.explanation) };
    const conflict = (now: LiveVerdict) => new EditConflictError("verdict", now.id, side(now), attempted);
    let verdictId: string;
    if (input.verdictId === undefined) {
      if (live) throw conflict(live);
      verdictId = (
        await tx.verdict.create({
          data: { facetId: facet.id, rating: input.rating, explanation: input.explanation, authorId: author.id, authorName: author.name },
          select: { id: true },
        })
      ).id;
      await recordAudit(tx, { actor, action: "create", entityType: "verdict", entityId: verdictId, eventId: facet.eventId, after: { label: facet.label, rating: input.rating } });
    } else {
      if (!live || live.id !== input.verdictId) throw new AppError("NOT_FOUND", "That verdict does not exist any more (see the event's history).");
      if (live.version !== input.expectedVersion) throw conflict(live);
      const { count } = await tx.verdict.updateMany({
        where: { id: live.id, version: input.expectedVersion, deletedAt: null },
        data: { rating: input.rating, explanation: input.explanation, version: { increment: 1 } },
      });
      if (count === 0) throw conflict((await findLiveVerdict(tx, facet.id)) ?? live);
      verdictId = live.id;
      await recordAudit(tx, {
        actor,
        action: "update",
        entityType: "verdict",
        entityId: verdictId,
        eventId: facet.eventId,
        before: { label: facet.label, rating: verdictRatingSchema.parse(live.rating), explanation: short(live.explanation), version: live.version },
        after: { label: facet.label, rating: input.rating, explanation: short(input.explanation), version: live.version + 1 },
      });
      await tx.verdictEvidence.deleteMany({ where: { verdictId } });
    }
    await tx.verdictEvidence.createMany({
      data: [...claims.map((c) => ({ verdictId, claimId: c.id })), ...notes.map((n) => ({ verdictId, annotationId: n.id }))],
    });
    if (facet.state !== "resolved") {
      await tx.facet.update({ where: { id: facet.id }, data: { state: "resolved", version: { increment: 1 } } });
      await recordAudit(tx, {
        actor,
        action: "update",
        entityType: "facet",
        entityId: facet.id,
        eventId: facet.eventId,
        before: { label: facet.label, state: facet.state, version: facet.version },
        after: { label: facet.label, state: "resolved", version: facet.version + 1 },
      });
    }
    return verdictId;
  });
}
