import "server-only";
import { cache } from "react";
import { SharedFreshRead } from "../cache/shared-fresh-read";
import { VersionedCache } from "../cache/versioned-cache";
import type { EventMatrixFilters } from "../compare/event-matrix-schema";
import type { FacetViewQuery } from "../compare/facet-view-schema";
import { findCopyGroups } from "./copy-groups";
import { type EventReadVersion, findEventReadVersion } from "./event-read-version";
import { loadEventOverview } from "./load-event-overview";
import { loadFacetPage } from "./load-facet-view";
import { findShareLinks } from "./share-links";
import { findAssignableUsers, findEventWorkflow, findFacetVerdict } from "./verdicts";

// Many people read an event that rarely changes: each overview or facet view built is kept, under
// the event's read version, and served to the next reader as long as nothing it was built from
// has changed. A few hundred pages of a few hundred KB each at most.
const overviews = new VersionedCache<Awaited<ReturnType<typeof loadOverviewWithCopies>>>(64);
const facetPages = new VersionedCache<Awaited<ReturnType<typeof loadFacetPageWithVerdict>>>(256);

/**
 * The overview's page (loadEventOverview) with the event's copy groups, its fact-check progress
 * and its share links (shown to editors only; the page decides). Everything here is digested by
 * the read version, so a reader of an unchanged event pays none of these statements.
 */
async function loadOverviewWithCopies(slug: string, filters: EventMatrixFilters) {
  const loaded = await loadEventOverview(slug, filters);
  if (!loaded) return null;
  const [copies, workflow, shareLinks] = await Promise.all([findCopyGroups(loaded.event.id), findEventWorkflow(loaded.event.id), findShareLinks(loaded.event.id)]);
  return { ...loaded, copies, workflow, shareLinks };
}

/**
 * A facet view's page (loadFacetPage) with the facet's fact-check (findFacetVerdict) and the
 * people it can be assigned to (offered to editors only; the page decides): a dozen statements
 * that every reader of the view used to pay, now paid once per read version.
 */
async function loadFacetPageWithVerdict(slug: string, facetId: string, query: Partial<FacetViewQuery>) {
  const loaded = await loadFacetPage(slug, facetId, query);
  if (!loaded) return null;
  const [fact, people] = await Promise.all([findFacetVerdict(loaded.facet.id), findAssignableUsers()]);
  return { ...loaded, fact, people };
}

/**
 * The overview page as loadOverviewWithCopies builds it, from this process's cache while the
 * event is unchanged: one cheap statement (findEventReadVersion) instead of the page's dozen. While a facet
 * is stale the page is built afresh and not kept (building it compares the facet again, which
 * changes the version). The value is shared between readers: callers must not change it.
 */
export function readEventOverview(slug: string, filters: EventMatrixFilters) {
  return overviewOfRequest(slug, JSON.stringify(filters));
}

// Within one request the page and its title (generateMetadata) ask for the same page: React's
// cache gives them one read. Keyed by strings, since it compares its arguments by identity.
const overviewOfRequest = cache((slug: string, filtersKey: string) =>
  readVersioned(overviews, slug, `${slug}\n${filtersKey}`, () => loadOverviewWithCopies(slug, JSON.parse(filtersKey) as EventMatrixFilters)),
);
const facetPageOfRequest = cache((slug: string, facetId: string, queryKey: string) =>
  readVersioned(facetPages, slug, `${slug}\n${facetId}\n${queryKey}`, () => loadFacetPageWithVerdict(slug, facetId, JSON.parse(queryKey) as Partial<FacetViewQuery>)),
);

// Readers of one event arriving together share one read of its version (each reader's page is
// still its own request): under 100 readers (`npm run bench:load`) the statement was most of the
// database's CPU per page, about 5 ms of it, and is now under 1 ms. The shared read always begins
// after the reader arrived, so a reader still sees every change committed before it asked (see
// SharedFreshRead).
const readVersions = new SharedFreshRead<EventReadVersion | null>();

/** A page of the event `slug` from `pages` under the event's read version; built afresh and not kept while a facet is stale. */
async function readVersioned<T>(pages: VersionedCache<T | null>, slug: string, key: string, build: () => Promise<T | null>): Promise<T | null> {
  const current = await readVersions.get(slug, () => findEventReadVersion(slug));
  if (!current) return null;
  if (current.stale) return build();
  return pages.get(key, current.version, build);
}

/** One page of a facet view as loadFacetPage builds it, with the facet's fact-check, cached as readEventOverview is. */
export function readFacetPage(slug: string, facetId: string, query: Partial<FacetViewQuery>) {
  return facetPageOfRequest(slug, facetId, JSON.stringify(query));
}
