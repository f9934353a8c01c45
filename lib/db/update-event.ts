import "server-only";
import type { UpdateEventInput } from "../events/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/**
 * Renames and describes an event, if it is still at the version the editor saw. Throws NOT_FOUND
 * for an unknown or deleted event, EditConflictError (nothing written) when someone saved first.
 * @returns the event's new version (the same when nothing changed).
 */
export async function updateEvent(slug: string, input: UpdateEventInput, actor: string): Promise<{ version: number }> {
  return getDb().$transaction(async (tx) => {
    const find = () => tx.event.findFirst({ where: { slug, deletedAt: null }, select: { id: true, title: true, description: true, version: true } });
    const event = await find();
    if (!event) throw new AppError("NOT_FOUND", `There is no event “${slug}”.`);
    const attempted = { version: input.expectedVersion, title: input.title, description: input.description };
    const conflict = (now: NonNullable<typeof event>) => new EditConflictError("event", now.id, { version: now.version, title: now.title, description: now.description }, attempted);
    if (event.version !== input.expectedVersion) throw conflict(event);
    if (event.title === input.title && event.description === input.description) return { version: event.version };
    const { count } = await tx.event.updateMany({
      where: { id: event.id, version: input.expectedVersion, deletedAt: null },
      data: { title: input.title, description: input.description, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await find();
      if (!now) throw new AppError("NOT_FOUND", "This event was just deleted by someone else.");
      throw conflict(now);
    }
    const version = event.version + 1;
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "event",
      entityId: event.id,
      eventId: event.id,
      before: { title: event.title, description: event.description, version: event.version },
      after: { title: input.title, description: input.description, version },
    });
    return { version };
  });
}
