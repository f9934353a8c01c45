import "server-only";
import { AppError } from "../errors";
import { getDb, type DbClient } from "./client";
import { recordAudit } from "./audit";
import { insertEvent } from "./create-event";

/** Every event with its article count, newest first, for the events list. */
export async function findEvents() {
  const events = await getDb().event.findMany({
    where: { deletedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      createdAt: true,
      _count: { select: { articles: { where: { deletedAt: null } }, facets: { where: { dismissedAt: null } } } },
    },
  });
  return events.map(({ _count, ...event }) => ({
    ...event,
    articleCount: _count.articles,
    facetCount: _count.facets,
  }));
}

/** The event with this slug, or null (also when it was deleted). */
export async function findEventBySlug(slug: string, db: DbClient = getDb()) {
  return db.event.findUnique({
    where: { slug, deletedAt: null },
    select: { id: true, slug: true, title: true, description: true, createdAt: true, version: true },
  });
}

/**
 * The event with this slug even when it was deleted (`deletedAt` says so), or null: its history
 * page is where an editor undoes the deletion.
 */
export async function findEventForHistory(slug: string) {
  return getDb().event.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, deletedAt: true },
  });
}

/**
 * The event with this slug, created when missing. A given title replaces the stored one; a new
 * event without a title is named after its slug. Throws CONFLICT when a deleted event holds the
 * slug (undo the deletion from its history, or `purgeEvent` it).
 */
export async function ensureEvent(
  input: { slug: string; title?: string; description?: string },
  actor: string,
) {
  return getDb().$transaction(async (tx) => {
    const existing = await findEventBySlug(input.slug, tx);
    if (existing) {
      const changes = {
        ...(input.title && input.title !== existing.title ? { title: input.title } : {}),
        ...(input.description && input.description !== existing.description
          ? { description: input.description }
          : {}),
      };
      if (Object.keys(changes).length === 0) return existing;
      const updated = await tx.event.update({ where: { id: existing.id }, data: { ...changes, version: { increment: 1 } } });
      await recordAudit(tx, {
        actor,
        action: "update",
        entityType: "event",
        entityId: existing.id,
        eventId: existing.id,
        before: { title: existing.title, description: existing.description, version: existing.version },
        after: { ...changes, version: updated.version },
      });
      return updated;
    }
    if (await tx.event.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", `The event “${input.slug}” was deleted: undo that on /events/${input.slug}/history, or choose another slug.`);
    }
    return insertEvent(tx, { slug: input.slug, title: input.title ?? titleFromSlug(input.slug), description: input.description }, actor);
  });
}

function titleFromSlug(slug: string): string {
  const words = slug.split("-").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Deletes an event softly: it and everything in it (articles, facets, claims) disappear from
 * every screen and export, and an editor can undo it from the event's history. Returns false when
 * no live event has this slug.
 */
export async function deleteEvent(slug: string, actor: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const event = await findEventBySlug(slug, tx);
    if (!event) return false;
    const deletedAt = new Date();
    const { count } = await tx.event.updateMany({ where: { id: event.id, deletedAt: null }, data: { deletedAt, version: { increment: 1 } } });
    if (count === 0) return false;
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "event",
      entityId: event.id,
      eventId: event.id,
      before: { slug: event.slug, title: event.title, version: event.version, deletedAt: null },
      after: { deletedAt: deletedAt.toISOString(), version: event.version + 1 },
    });
    return true;
  });
}

/**
 * Deletes an event of this slug for good, deleted or not, with everything in it; keeps outlets and
 * the record. For replacing an event wholesale (`demo --reset`, generated benchmark events), never
 * for an editor's delete. Returns false when no event has this slug.
 */
export async function purgeEvent(slug: string, actor: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
    if (!event) return false;
    await tx.event.delete({ where: { id: event.id } });
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "event",
      entityId: event.id,
      eventId: event.id,
      before: { slug: event.slug, title: event.title },
      after: { purged: true },
    });
    return true;
  });
}
