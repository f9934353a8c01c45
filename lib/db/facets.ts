import "server-only";
import { getDb } from "./client";

/** The facets of an event with how many claims answer each, for the event page. */
export async function findFacetsForEvent(eventId: string) {
  const facets = await getDb().facet.findMany({
    where: { eventId, dismissedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, kind: true, unit: true, _count: { select: { claims: true } } },
  });
  return facets.map(({ _count, ...facet }) => ({ ...facet, claimCount: _count.claims }));
}
