import type { Certainty, ReviewStatus, ValueKind } from "@/lib/claims/schema";
import { type CellRelation, cellRelations, strongestRelation } from "./cell-relations";
import { compareStoredFacet } from "./compare-stored-facet";
import type { EventMatrixFilters, EventMatrixInput, MatrixArticle, MatrixClaim, MatrixFacet } from "./event-matrix-schema";
import { formatValue } from "./format-value";
import { withoutUnit } from "./without-unit";
import { groupArticlesByOutlet, type OutletGroup } from "./group-articles-by-outlet";
import { type ComparedFacet, type ContradictionGroup, groupContradictions } from "./group-contradictions";
import type { FacetStatus, Voice } from "./schema";

export type { CellRelation } from "./cell-relations";

export type MatrixCellClaim = {
  id: string;
  /** The value in the short form of the article's language: "fast 10.000", "19 Jun 2024". */
  short: string;
  quote: string;
  relation: CellRelation;
  status: ReviewStatus;
  certainty: Certainty;
  attribution: string | null;
};

/** One article's answer to one facet; `relation` is null when the article does not answer it. */
export type MatrixCell = { articleId: string; claims: MatrixCellClaim[]; relation: CellRelation | null };

export type MatrixRow = {
  facet: { id: string; label: string; kind: ValueKind; unit: string | null };
  status: FacetStatus;
  /** Claims of the shown articles; a facet none of them answers is left out of the matrix. */
  claimCount: number;
  /** One cell per column, in column order. */
  cells: MatrixCell[];
  voices: Voice[];
};

export type EventMatrix = {
  /** The shown articles, grouped by outlet (see groupArticlesByOutlet). */
  groups: OutletGroup[];
  /** The same articles flattened: the matrix columns, left to right. */
  columns: MatrixArticle[];
  rows: MatrixRow[];
  /** Disagreements between voices, across facets, most important first. */
  contradictions: ContradictionGroup[];
  /** Facets answered by the shown articles but hidden by "disputed only". */
  hiddenFacetCount: number;
  /** What the filters can choose from: every language and outlet of the event, sorted. */
  languages: string[];
  outlets: string[];
};

/**
 * The event overview: facets × articles, each cell the article's claims in short form with their
 * relation to the others, and the ranked contradictions across facets.
 *
 * The filters choose articles (language, outlet) before anything is compared, so colours and
 * contradictions are those among the shown articles; "disputed only" then hides the rows that are
 * not disputed among them. Claims of an article not in `input.articles` are ignored. Never throws
 * for valid input.
 */
export function buildEventMatrix(input: EventMatrixInput, filters: Partial<EventMatrixFilters> = {}): EventMatrix {
  const columns = groupArticlesByOutlet(input.articles.filter((a) => matches(a, filters)));
  const flat = columns.flatMap((g) => g.articles);
  const columnOf = new Map(flat.map((a, i) => [a.id, i]));
  const articleById = new Map(flat.map((a) => [a.id, a]));

  const rows: MatrixRow[] = [];
  const compared: ComparedFacet[] = [];
  let hiddenFacetCount = 0;
  for (const facet of input.facets) {
    const claims = shownClaims(facet, columnOf);
    if (claims.length === 0) continue;
    const { comparison } = compareStoredFacet(facet, claims.map((c) => c.claim));
    if (filters.disputed && comparison.status !== "disputed") {
      hiddenFacetCount += 1;
      continue;
    }
    const relationOf = cellRelations(
      claims.map((c) => ({ id: c.claim.id, articleId: c.articleId })),
      comparison.relations,
    );
    const cells: MatrixCell[] = flat.map((article) => ({ articleId: article.id, claims: [], relation: null }));
    for (const { articleId, status, claim } of claims) {
      const cell = cells[columnOf.get(articleId) ?? -1];
      if (!cell) continue;
      const relation = relationOf.get(claim.id) ?? "only";
      cell.claims.push({
        id: claim.id,
        short: formatValue(withoutUnit(claim.value, facet.unit), articleById.get(articleId)?.language),
        quote: claim.quote,
        relation,
        status,
        certainty: claim.certainty,
        attribution: claim.attribution ?? null,
      });
      cell.relation = strongestRelation(cell.relation, relation);
    }
    const { id, label, kind, unit } = facet;
    rows.push({ facet: { id, label, kind, unit }, status: comparison.status, claimCount: claims.length, cells, voices: comparison.voices });
    compared.push({ facet: { id, label, unit }, claims, comparison, articles: articleById });
  }

  return {
    groups: columns,
    columns: flat,
    rows,
    contradictions: groupContradictions(compared),
    hiddenFacetCount,
    languages: distinctSorted(input.articles.map((a) => a.language)),
    outlets: distinctSorted(input.articles.flatMap((a) => (a.outlet ? [a.outlet] : []))),
  };
}

function matches(article: MatrixArticle, { language, outlet }: Partial<EventMatrixFilters>): boolean {
  return (!language || article.language === language) && (!outlet || article.outlet === outlet);
}

/** The facet's claims on shown articles, in column order (so reasons read left to right). */
function shownClaims(facet: MatrixFacet, columnOf: Map<string, number>): MatrixClaim[] {
  const shown = facet.claims.filter((c) => columnOf.has(c.articleId));
  // Array.prototype.sort is stable: claims of one article keep their order in the text.
  return shown.sort((x, y) => (columnOf.get(x.articleId) ?? 0) - (columnOf.get(y.articleId) ?? 0));
}

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
