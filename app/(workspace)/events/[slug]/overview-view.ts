import { labelArticles } from "@/lib/articles/label-articles";
import { ObjectMemo } from "@/lib/cache/object-memo";
import type { EventMatrixFilters } from "@/lib/compare/event-matrix-schema";
import { OVERVIEW_PAGE_SIZE, pageInfo } from "@/lib/compare/page-overview";
import type { readEventOverview } from "@/lib/db/read-event-pages";
import { orderForReview, summarizeProgress } from "@/lib/verdicts/order-for-review";
import { toJsonProp } from "../../_components/json-prop";
import { articleRows } from "./article-rows";
import { listedContradictions } from "./listed-contradictions";

type LoadedOverview = NonNullable<Awaited<ReturnType<typeof readEventOverview>>>;

/**
 * What the overview derives from its loaded page for every reader alike: labels of all the
 * articles, the shown page of the articles table, the listed contradictions, the fact-check
 * progress and its shown page of facets.
 * The loaded page is one object shared by every reader while the event's read version holds (see
 * readEventOverview), so this is worked out once per version, not per request: labelling all the
 * articles of a 500-article event alone cost milliseconds a reader. The fact-check list is ordered
 * here too, and only its shown page goes to the browser. Who is asking (an editor or
 * not) changes only what is rendered from it.
 */
export function overviewView(loaded: LoadedOverview, filters: EventMatrixFilters) {
  // Keyed by the loaded page itself: it was loaded for these filters (the cache's key holds them).
  return views.get(loaded, [], () => buildOverviewView(loaded, filters));
}

const views = new ObjectMemo<LoadedOverview, ReturnType<typeof buildOverviewView>>();

function buildOverviewView(loaded: LoadedOverview, filters: EventMatrixFilters) {
  const { articles, facets, page, copies, workflow } = loaded;
  // Disputed or not among all the articles, whatever the filters show.
  const disputed = new Set(facets.filter((f) => f.status === "disputed").map((f) => f.id));
  const articlePage = pageInfo(articles.length, OVERVIEW_PAGE_SIZE.articles, filters.articles);
  const shownArticles = articles.slice(articlePage.first, articlePage.first + articlePage.size);
  const reviewItems = workflow.map((f) => ({ id: f.id, label: f.label, state: f.state, rating: f.rating, assignee: f.assignee, disputed: disputed.has(f.id) }));
  const reviewPage = pageInfo(reviewItems.length, OVERVIEW_PAGE_SIZE.reviewItems, filters.review);
  const labels = labelArticles(articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet?.name ?? null, publishedAt: a.publishedAt })));
  return {
    incomplete: articles.filter((a) => !a.outlet || !a.publishedAt).length,
    facetsWithoutRows: facets.filter((f) => f.claimCount === 0),
    exportFacets: facets.map((f) => ({ id: f.id, label: f.label })),
    progress: summarizeProgress(reviewItems),
    reviewPage,
    shownReviewItems: orderForReview(reviewItems).slice(reviewPage.first, reviewPage.first + reviewPage.size),
    articlePage,
    shownArticles,
    shownArticleRows: toJsonProp(articleRows(shownArticles)),
    copyPage: pageInfo(copies.groups.length, OVERVIEW_PAGE_SIZE.copyGroups, filters.copies),
    contradictions: toJsonProp(listedContradictions(page.matrix.contradictions, new Map([...labels.entries()].map(([id, l]) => [id, l.label])))),
  };
}
