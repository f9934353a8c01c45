import "server-only";
import { getDb } from "./client";
import { refreshEventIndexes } from "./refresh-event-indexes";

/**
 * Brings the search paragraphs, fingerprints and copy groups of every live event (or of one) up to
 * date: after an upgrade that added them, or to repair an import whose refresh did not finish.
 * Each event in its own transactions; idempotent. Returns the slugs it went through.
 */
export async function reindexEvents(actor: string, slug?: string): Promise<string[]> {
  const events = await getDb().event.findMany({ where: { deletedAt: null, ...(slug ? { slug } : {}) }, orderBy: { createdAt: "asc" }, select: { id: true, slug: true } });
  for (const event of events) await refreshEventIndexes(event.id, actor);
  return events.map((e) => e.slug);
}
