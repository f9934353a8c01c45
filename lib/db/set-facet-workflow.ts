import "server-only";
import { hasRole, roleSchema } from "../auth/roles";
import { AppError, EditConflictError } from "../errors";
import type { SetFacetWorkflowInput } from "../verdicts/schema";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

async function findFacet(tx: DbClient, facetId: string) {
  return tx.facet.findFirst({
    where: { id: facetId, dismissedAt: null, event: { deletedAt: null } },
    select: { id: true, eventId: true, label: true, state: true, version: true, assigneeId: true, assignee: { select: { name: true } } },
  });
}
type Facet = NonNullable<Awaited<ReturnType<typeof findFacet>>>;

/**
 * Moves a facet through the fact-check (open, in review, resolved) and assigns it to an editor
 * (or nobody), at the facet version the person saw; EditConflictError when someone saved first.
 * Throws NOT_FOUND for a dismissed facet, INVALID for an assignee who may not edit.
 */
export async function setFacetWorkflow(input: SetFacetWorkflowInput, actor: string): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const facet = await findFacet(tx, input.facetId);
    if (!facet) throw new AppError("NOT_FOUND", "That facet does not exist (or was dismissed).");
    const assignee = input.assigneeId ? await tx.user.findUnique({ where: { id: input.assigneeId }, select: { name: true, role: true } }) : null;
    if (input.assigneeId && (!assignee || !hasRole(roleSchema.parse(assignee.role), "editor"))) {
      throw new AppError("INVALID", "A facet is assigned to an editor (or an admin).");
    }
    const side = (f: Facet) => ({ version: f.version, state: f.state, assignee: f.assignee?.name ?? null });
    const attempted = { version: input.expectedVersion, state: input.state, assignee: assignee?.name ?? null };
    if (facet.version !== input.expectedVersion) throw new EditConflictError("facet", facet.id, side(facet), attempted);
    if (facet.state === input.state && facet.assigneeId === input.assigneeId) return facet.version;
    const { count } = await tx.facet.updateMany({
      where: { id: facet.id, version: input.expectedVersion },
      data: { state: input.state, assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await findFacet(tx, facet.id);
      if (!now) throw new AppError("NOT_FOUND", "That facet was dismissed meanwhile.");
      throw new EditConflictError("facet", facet.id, side(now), attempted);
    }
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "facet",
      entityId: facet.id,
      eventId: facet.eventId,
      before: { label: facet.label, ...side(facet) },
      after: { label: facet.label, ...attempted, version: facet.version + 1 },
    });
    return facet.version + 1;
  });
}
