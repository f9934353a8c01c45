import "server-only";
import type { CreateEventInput } from "../events/schema";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

/**
 * Creates an event. Throws CONFLICT when its slug is taken, by a live event or by a deleted one
 * (whose deletion can be undone from its history).
 */
export async function createEvent(input: CreateEventInput, actor: string) {
  return getDb().$transaction(async (tx) => {
    const taken = await tx.event.findUnique({ where: { slug: input.slug }, select: { deletedAt: true } });
    if (taken) {
      throw new AppError(
        "CONFLICT",
        taken.deletedAt
          ? `The address “${input.slug}” belongs to a deleted event: undo its deletion on /events/${input.slug}/history, or choose another.`
          : `There is already an event at “${input.slug}”; choose another address.`,
      );
    }
    const { id, slug, title, description, version, createdAt } = await insertEvent(tx, input, actor);
    return { id, slug, title, description, version, createdAt };
  });
}

/** Inserts an event whose slug is free, with its audit entry, in the caller's transaction. */
export async function insertEvent(tx: DbClient, input: { slug: string; title: string; description?: string }, actor: string) {
  const created = await tx.event.create({ data: { slug: input.slug, title: input.title, description: input.description ?? null } });
  await recordAudit(tx, {
    actor,
    action: "create",
    entityType: "event",
    entityId: created.id,
    eventId: created.id,
    after: { slug: created.slug, title: created.title, description: created.description },
  });
  return created;
}
