import "server-only";
import { cache } from "react";
import { VersionedCache } from "../cache/versioned-cache";
import type { EventMatrixFilters } from "../compare/event-matrix-schema";
import type { FacetViewQuery } from "../compare/facet-view-schema";
import { findCopyGroups } from "./copy-groups";
import { findEventReadVersion } from "./event-read-version";
import { loadEventOverview } from "./load-event-overview";
import { loadFacetPage } from "./load-facet-view";

// Many people read an event that rarely changes: each overview or facet view built is kept, under
// the event's read version, and served to the next reader as long as nothing it was built from
// has changed. A few hundred pages of a few hundred KB each at most.
const overviews = new VersionedCache<Awaited<ReturnType<typeof loadOverviewWithCopies>>>(64);
const facetPages = new VersionedCache<Awaited<ReturnType<typeof loadFacetPage>>>(256);

/** The overview's page (loadEventOverview) with the event's copy groups. */
async function loadOverviewWithCopies(slug: string, filters: EventMatrixFilters) {
  const loaded = await loadEventOverview(slug, filters);
  return loaded ? { ...loaded, copies: await findCopyGroups(loaded.event.id) } : null;
}

/**
 * The overview page as loadEventOverview builds it, with the event's copy groups (findCopyGroups), from this process's cache while the event is
 * unchanged: one cheap statement (findEventReadVersion) instead of the page's dozen. While a facet
 * is stale the page is built afresh and not kept (building it compares the facet again, which
 * changes the version). The value is shared between readers: callers must not change it.
 */
export function readEventOverview(slug: string, filters: EventMatrixFilters) {
  return overviewOfRequest(slug, JSON.stringify(filters));
}

// Within one request the page and its title (generateMetadata) ask for the same page: React's
// cache gives them one read. Keyed by strings, since it compares its arguments by identity.
const overviewOfRequest = cache((slug: string, filtersKey: string) => readOverviewVersioned(slug, filtersKey));
const facetPageOfRequest = cache((slug: string, facetId: string, queryKey: string) => readFacetPageVersioned(slug, facetId, queryKey));

async function readOverviewVersioned(slug: string, filtersKey: string) {
  const filters = JSON.parse(filtersKey) as EventMatrixFilters;
  const current = await findEventReadVersion(slug);
  if (!current) return null;
  if (current.stale) return loadOverviewWithCopies(slug, filters);
  return overviews.get(`${slug}\n${filtersKey}`, current.version, () => loadOverviewWithCopies(slug, filters));
}

/** One page of a facet view as loadFacetPage builds it, cached as readEventOverview is. */
export function readFacetPage(slug: string, facetId: string, query: Partial<FacetViewQuery>) {
  return facetPageOfRequest(slug, facetId, JSON.stringify(query));
}

async function readFacetPageVersioned(slug: string, facetId: string, queryKey: string) {
  const query = JSON.parse(queryKey) as Partial<FacetViewQuery>;
  const current = await findEventReadVersion(slug);
  if (!current) return null;
  if (current.stale) return loadFacetPage(slug, facetId, query);
  return facetPages.get(`${slug}\n${facetId}\n${queryKey}`, current.version, () => loadFacetPage(slug, facetId, query));
}
