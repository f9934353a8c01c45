import "server-only";
import type { DeleteClaimInput } from "../claims/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

async function findLiveClaim(tx: DbClient, claimId: string) {
  return tx.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    select: {
      version: true,
      status: true,
      quote: true,
      facetId: true,
      facet: { select: { label: true } },
      revision: { select: { article: { select: { eventId: true } } } },
    },
  });
}

const gone = () => new AppError("NOT_FOUND", "That claim does not exist any more (it may have been deleted already).");

/**
 * Deletes a claim softly, if it is still at the version the editor saw: it disappears from every
 * screen and the export, still keeps its words from being proposed again by re-extraction, and
 * can be brought back from the event's history (`undoDeletion`). Throws NOT_FOUND for an unknown
 * or already deleted claim, EditConflictError when someone saved it first.
 */
export async function deleteClaim(input: DeleteClaimInput, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, input.claimId);
    if (!claim) throw gone();
    const side = (c: NonNullable<typeof claim>) => ({ version: c.version, status: c.status, facet: c.facet?.label ?? null });
    const attempted = { version: input.expectedVersion, status: "deleted", facet: claim.facet?.label ?? null };
    if (claim.version !== input.expectedVersion) throw new EditConflictError("claim", input.claimId, side(claim), attempted);

    const deletedAt = new Date();
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.expectedVersion, deletedAt: null },
      data: { deletedAt, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await findLiveClaim(tx, input.claimId);
      throw now ? new EditConflictError("claim", input.claimId, side(now), attempted) : gone();
    }
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "claim",
      entityId: input.claimId,
      eventId: claim.revision.article.eventId,
      // The row stays, so restoring only clears `deletedAt`; these say what it was.
      before: { quote: claim.quote, facetId: claim.facetId, status: claim.status, version: claim.version, deletedAt: null },
      after: { deletedAt: deletedAt.toISOString(), version: claim.version + 1 },
    });
  });
}
