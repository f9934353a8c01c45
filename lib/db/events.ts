import "server-only";
import { getDb, type DbClient } from "./client";
import { recordAudit } from "./audit";

/** Every event with its article count, newest first, for the events list. */
export async function findEvents() {
  const events = await getDb().event.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      createdAt: true,
      _count: { select: { articles: true, facets: { where: { dismissedAt: null } } } },
    },
  });
  return events.map(({ _count, ...event }) => ({
    ...event,
    articleCount: _count.articles,
    facetCount: _count.facets,
  }));
}

/** The event with this slug, or null. */
export async function findEventBySlug(slug: string, db: DbClient = getDb()) {
  return db.event.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, description: true, createdAt: true },
  });
}

/** True when no event exists yet (a fresh database, where the demo gets loaded). */
export async function isDatabaseEmpty(): Promise<boolean> {
  return (await getDb().event.count()) === 0;
}

/**
 * The event with this slug, created when missing. A given title replaces the stored one; a new
 * event without a title is named after its slug.
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
      const updated = await tx.event.update({ where: { id: existing.id }, data: changes });
      await recordAudit(tx, {
        actor,
        action: "update",
        entityType: "event",
        entityId: existing.id,
        eventId: existing.id,
        before: { title: existing.title, description: existing.description },
        after: changes,
      });
      return updated;
    }
    const title = input.title ?? titleFromSlug(input.slug);
    const created = await tx.event.create({
      data: { slug: input.slug, title, description: input.description },
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "event",
      entityId: created.id,
      eventId: created.id,
      after: { slug: created.slug, title },
    });
    return created;
  });
}

function titleFromSlug(slug: string): string {
  const words = slug.split("-").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Deletes an event and everything in it (articles, revisions, facets, claims); keeps outlets. */
export async function deleteEvent(slug: string, actor: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const event = await findEventBySlug(slug, tx);
    if (!event) return false;
    await tx.event.delete({ where: { id: event.id } });
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "event",
      entityId: event.id,
      eventId: event.id,
      before: { slug: event.slug, title: event.title },
    });
    return true;
  });
}
