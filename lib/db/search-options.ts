import "server-only";
import { getDb } from "./client";

/**
 * What the search filters offer: the live events, the outlets and languages of live articles, and
 * the live facets of the chosen event (none without one, since a facet belongs to one event).
 * Four small queries, whatever the number of articles.
 */
export async function findSearchOptions(eventSlug?: string) {
  const db = getDb();
  const live = { deletedAt: null, event: { deletedAt: null } } as const;
  const [events, outlets, languages, facets] = await Promise.all([
    db.event.findMany({ where: { deletedAt: null }, orderBy: { title: "asc" }, select: { slug: true, title: true } }),
    db.outlet.findMany({ where: { articles: { some: live } }, orderBy: { name: "asc" }, select: { name: true } }),
    db.article.findMany({ where: live, distinct: ["language"], orderBy: { language: "asc" }, select: { language: true } }),
    eventSlug
      ? db.facet.findMany({ where: { dismissedAt: null, event: { slug: eventSlug, deletedAt: null } }, orderBy: { label: "asc" }, select: { id: true, label: true } })
      : Promise.resolve([]),
  ]);
  return { events, outlets: outlets.map((o) => o.name), languages: languages.map((l) => l.language), facets };
}
