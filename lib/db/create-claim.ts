import "server-only";
import type { CreateClaimInput } from "../claims/schema";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { claimValueToColumns } from "./claim-value-columns";
import { getDb } from "./client";

/**
 * Stores a claim a person marked by hand, under an existing facet or a new one made in the same
 * transaction. The quote is taken from the revision text itself, so it always matches its
 * offsets; the value must be of the facet's kind. Returns the claim id.
 */
export async function createClaim(input: CreateClaimInput, actor: string): Promise<string> {
  return getDb().$transaction(async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const revision = await tx.articleRevision.findFirst({
      where: { id: input.revisionId, article: { deletedAt: null, event: { deletedAt: null } } },
      select: { text: true, article: { select: { eventId: true } } },
    });
    const existing = input.facetId ? await tx.facet.findFirst({ where: { id: input.facetId, dismissedAt: null }, select: { eventId: true, kind: true } }) : null;
    if (!revision) throw new AppError("NOT_FOUND", "That article revision does not exist (or its article was deleted).");
    const facet = input.newFacet ? { eventId: revision.article.eventId, kind: input.newFacet.kind } : existing;
    if (!facet || facet.eventId !== revision.article.eventId) throw new AppError("NOT_FOUND", "That facet is not part of this event (or was dismissed).");
    if (input.end > revision.text.length || input.start >= input.end) {
      throw new AppError("INVALID", "The selection is outside the article text.");
    }
    const expected = facet.kind === "entity" || facet.kind === "text" ? "text" : facet.kind;
    if (input.value.kind !== expected) {
      throw new AppError("INVALID", `This facet takes a ${facet.kind} value, not a ${input.value.kind}.`);
    }
    const quote = revision.text.slice(input.start, input.end);
    let facetId = input.facetId;
    if (input.newFacet) {
      facetId = (await tx.facet.create({ data: { eventId: facet.eventId, origin: "human", ...input.newFacet }, select: { id: true } })).id;
      await recordAudit(tx, { actor, action: "create", entityType: "facet", entityId: facetId, eventId: facet.eventId, after: input.newFacet });
    }
    const claim = await tx.claim.create({
      data: {
        revisionId: input.revisionId,
        facetId: facetId!,
        quote,
        start: input.start,
        end: input.end,
        ...claimValueToColumns(input.value, facet.kind === "entity" ? "entity" : "text"),
        scope: input.scope ?? null,
        attribution: input.attribution ?? null,
        certainty: input.certainty,
        figureStatus: input.figureStatus ?? null,
        origin: "human",
        status: "confirmed",
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "claim",
      entityId: claim.id,
      eventId: revision.article.eventId,
      after: { facetId: facetId!, quote, start: input.start, end: input.end, value: input.value, figureStatus: input.figureStatus ?? null },
    });
    return claim.id;
  });
}
