import type { ReviewStatus } from "@/lib/claims/schema";
import type { EventMatrix, MatrixCell, MatrixRow } from "./build-event-matrix";
import { type CellRelation, strongestRelation } from "./cell-relations";
import type { EventMatrixFilters, MatrixArticle } from "./event-matrix-schema";
import { formatValue } from "./format-value";
import { type OutletGroup, groupArticlesByOutlet } from "./group-articles-by-outlet";
import { type ClaimRef, type ContradictionGroup, toClaimRef, toContradictionGroup } from "./group-contradictions";
import type { FacetStatus, StoredClaim } from "./schema";
import type { StoredContradictionGroup } from "./stored-comparison-schema";
import { withoutUnit } from "./without-unit";

/**
 * How much of the overview one page shows: the rest is a link away. The overview is the page
 * read at a glance: the five strongest contradictions (each opens its facet, and the list pages on),
 * eight articles as columns (a 1,400-pixel window shows about six without scrolling sideways), the
 * eight facets to take up next in the fact-check. Every item travels as HTML and as data, and the
 * page is rendered for each reader, so what few readers scroll to (the articles table and the copy
 * groups at the foot of the page, columns off screen) costs every reader: those lists page early.
 */
export const OVERVIEW_PAGE_SIZE = { columns: 8, rows: 25, contradictions: 5, claimsPerSide: 3, copyGroups: 4, articles: 10, reviewItems: 8 } as const;

/** Which page of each list is shown (1-based). */
export type OverviewPaging = { columns: number; rows: number; contradictions: number };

/** Where a page sits in its list: `first` is the 0-based index of its first item. */
export type PageInfo = { page: number; pageCount: number; total: number; first: number; size: number };

/** The page asked for, moved into range (past the end: the last page), and where it starts. */
export function pageInfo(total: number, size: number, requested: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pageCount);
  return { page, pageCount, total, first: (page - 1) * size, size };
}

/** A facet as the overview pages its rows: its stored comparison's status, null when no claim is compared. */
export type PagedFacet = { id: string; label: string; kind: MatrixRow["facet"]["kind"]; unit: string | null; status: FacetStatus | null; claimCount: number };

/** The articles and facets one page of the overview shows, chosen before any claim is read. */
export type OverviewPlan = {
  groups: OutletGroup[];
  columns: MatrixArticle[];
  columnPage: PageInfo;
  rows: PagedFacet[];
  rowPage: PageInfo;
  hiddenFacetCount: number;
  contradictionPage: PageInfo;
  languages: string[];
  outlets: string[];
};

/**
 * Chooses a page of columns (articles grouped by outlet, as the whole matrix orders them) and of
 * rows (facets with compared claims, disputed ones only when asked) from the stored comparisons,
 * so that only their claims are read. Without language or outlet filters only; those compare the
 * chosen articles afresh (see pageEventMatrix). Never throws.
 */
export function planOverviewPage(
  articles: readonly MatrixArticle[],
  facets: readonly PagedFacet[],
  filters: Pick<EventMatrixFilters, "disputed">,
  paging: OverviewPaging,
  contradictionTotal: number,
): OverviewPlan {
  const flat = groupArticlesByOutlet(articles).flatMap((g) => g.articles);
  const columnPage = pageInfo(flat.length, OVERVIEW_PAGE_SIZE.columns, paging.columns);
  const columns = flat.slice(columnPage.first, columnPage.first + columnPage.size);
  const answered = facets.filter((f) => f.claimCount > 0);
  const shown = filters.disputed ? answered.filter((f) => f.status === "disputed") : answered;
  const rowPage = pageInfo(shown.length, OVERVIEW_PAGE_SIZE.rows, paging.rows);
  return {
    groups: groupArticlesByOutlet(columns),
    columns,
    columnPage,
    rows: shown.slice(rowPage.first, rowPage.first + rowPage.size),
    rowPage,
    hiddenFacetCount: answered.length - shown.length,
    contradictionPage: pageInfo(contradictionTotal, OVERVIEW_PAGE_SIZE.contradictions, paging.contradictions),
    languages: distinctSorted(articles.map((a) => a.language)),
    outlets: distinctSorted(articles.flatMap((a) => (a.outlet ? [a.outlet] : []))),
  };
}

/** A claim of a shown cell, with its standing among its facet's claims as stored. */
export type PlannedClaim = { facetId: string; articleId: string; status: ReviewStatus; claim: StoredClaim; standing: CellRelation };

/** A stored contradiction group of the page, with its facet. */
export type PlannedContradiction = Omit<StoredContradictionGroup, "position"> & { facet: { id: string; label: string; unit: string | null } };

/**
 * The page of the overview from its plan, the claims of its cells (in text order) and its
 * contradictions: the same model as buildEventMatrix, for the shown rows and columns only. A
 * contradiction's claim that is not in `sideClaims` (deleted meanwhile) is left out of its side.
 */
export function buildOverviewPage(
  plan: OverviewPlan,
  claims: readonly PlannedClaim[],
  contradictions: readonly PlannedContradiction[],
  sideClaims: readonly { articleId: string; claim: StoredClaim }[],
  allArticles: readonly MatrixArticle[],
): EventMatrix {
  const columnOf = new Map(plan.columns.map((a, i) => [a.id, i]));
  const rowOf = new Map(plan.rows.map((f, i) => [f.id, i]));
  const rows: MatrixRow[] = plan.rows.map((facet) => ({
    facet: { id: facet.id, label: facet.label, kind: facet.kind, unit: facet.unit },
    status: facet.status ?? "single-source",
    claimCount: facet.claimCount,
    cells: plan.columns.map((article): MatrixCell => ({ articleId: article.id, claims: [], relation: null })),
    voices: [],
  }));
  for (const { facetId, articleId, status, claim, standing } of claims) {
    const row = rows[rowOf.get(facetId) ?? -1];
    const column = columnOf.get(articleId);
    const cell = column === undefined ? undefined : row?.cells[column];
    if (!row || !cell) continue;
    cell.claims.push({
      id: claim.id,
      short: formatValue(withoutUnit(claim.value, row.facet.unit), plan.columns[column!]?.language),
      quote: claim.quote,
      relation: standing,
      status,
      certainty: claim.certainty,
      attribution: claim.attribution ?? null,
    });
    cell.relation = strongestRelation(cell.relation, standing);
  }

  const articleById = new Map(allArticles.map((a) => [a.id, a]));
  const refs = new Map<string, { articleId: string; claim: StoredClaim }>(sideClaims.map((c) => [c.claim.id, c]));
  const refOf = (unit: string | null) => (id: string): ClaimRef | undefined => {
    const found = refs.get(id);
    return found ? toClaimRef({ ...found, status: "proposed", origin: "machine" }, articleById.get(found.articleId), unit) : undefined;
  };
  const groups: ContradictionGroup[] = contradictions.map((c) =>
    toContradictionGroup({ id: c.facet.id, label: c.facet.label }, c, refOf(c.facet.unit), OVERVIEW_PAGE_SIZE.claimsPerSide),
  );
  return {
    groups: plan.groups,
    columns: plan.columns,
    rows,
    contradictions: groups,
    hiddenFacetCount: plan.hiddenFacetCount,
    languages: plan.languages,
    outlets: plan.outlets,
  };
}

/** One page of the overview and where each of its lists stands. */
export type OverviewPage = { matrix: EventMatrix; columnPage: PageInfo; rowPage: PageInfo; contradictionPage: PageInfo };

/**
 * A page of a matrix compared as a whole (buildEventMatrix, for filters that choose the
 * articles): its columns, its rows with their cells of those columns, and its contradictions,
 * each side cut to a few claims. Never throws.
 */
export function pageEventMatrix(matrix: EventMatrix, paging: OverviewPaging): OverviewPage {
  const columnPage = pageInfo(matrix.columns.length, OVERVIEW_PAGE_SIZE.columns, paging.columns);
  const rowPage = pageInfo(matrix.rows.length, OVERVIEW_PAGE_SIZE.rows, paging.rows);
  const contradictionPage = pageInfo(matrix.contradictions.length, OVERVIEW_PAGE_SIZE.contradictions, paging.contradictions);
  const end = columnPage.first + columnPage.size;
  const columns = matrix.columns.slice(columnPage.first, end);
  return {
    matrix: {
      ...matrix,
      groups: groupArticlesByOutlet(columns),
      columns,
      rows: matrix.rows.slice(rowPage.first, rowPage.first + rowPage.size).map((row) => ({ ...row, cells: row.cells.slice(columnPage.first, end) })),
      contradictions: matrix.contradictions
        .slice(contradictionPage.first, contradictionPage.first + contradictionPage.size)
        .map((group) => ({ ...group, sides: group.sides.map((side) => ({ ...side, claims: side.claims.slice(0, OVERVIEW_PAGE_SIZE.claimsPerSide) })) })),
    },
    columnPage,
    rowPage,
    contradictionPage,
  };
}

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
