import "server-only";
import { buildEventMatrix } from "../compare/build-event-matrix";
import type { EventMatrixFilters } from "../compare/event-matrix-schema";
import { buildOverviewPage, type OverviewPage, OVERVIEW_PAGE_SIZE, pageEventMatrix, pageInfo, planOverviewPage } from "../compare/page-overview";
import { findComparedFacets } from "./facet-comparisons";
import { findEventArticles, loadEventComparison, toMatrixArticle } from "./load-event-comparison";
import { findContradictionPage, loadMatrixCells } from "./load-overview-page";

/**
 * One page of the event overview: the event and its articles, its live facets with their stored
 * comparison (compared again where something changed), and the page of the matrix and of the
 * contradictions the filters ask for. Without language or outlet filters everything comes from
 * the stored comparisons and only the shown claims are read: a bounded number of queries whatever
 * the size of the event. Those two filters choose which articles are compared, so they compare
 * the chosen articles afresh and show a page of the result.
 * @returns null when no live event has this slug.
 */
export async function loadEventOverview(slug: string, filters: EventMatrixFilters) {
  const found = await findEventArticles(slug);
  if (!found) return null;
  const { event, articles } = found;
  const facets = await findComparedFacets(event.id, articles);
  const matrixArticles = articles.map(toMatrixArticle);

  let page: OverviewPage;
  if (filters.language || filters.outlet) {
    const loaded = await loadEventComparison(slug);
    page = pageEventMatrix(buildEventMatrix(loaded?.input ?? { articles: [], facets: [] }, filters), filters);
  } else {
    const plan = planOverviewPage(matrixArticles, facets, filters, filters, 0);
    const size = OVERVIEW_PAGE_SIZE.contradictions;
    const shownArticles = articles.filter((a) => plan.columns.some((c) => c.id === a.id));
    const skipped = (filters.contradictions - 1) * size;
    const [cells, stored] = await Promise.all([
      loadMatrixCells(plan.rows.map((f) => f.id), shownArticles),
      findContradictionPage(event.id, articles, { skip: skipped, take: size, maxPerSide: OVERVIEW_PAGE_SIZE.claimsPerSide }),
    ]);
    // A page past the end of the contradictions shows none (its place says so), and the page leads
    // back into range.
    plan.contradictionPage = { ...pageInfo(stored.total, size, filters.contradictions), page: filters.contradictions, first: skipped };
    page = {
      matrix: buildOverviewPage(plan, cells, stored.groups, stored.claims, matrixArticles),
      columnPage: plan.columnPage,
      rowPage: plan.rowPage,
      contradictionPage: plan.contradictionPage,
    };
  }
  return { event, articles, facets, page };
}

export type EventOverview = NonNullable<Awaited<ReturnType<typeof loadEventOverview>>>;
