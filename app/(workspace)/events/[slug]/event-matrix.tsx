import { shortHeadline } from "@/lib/articles/label-articles";
import { ObjectMemo } from "@/lib/cache/object-memo";
import type { EventMatrix } from "@/lib/compare/build-event-matrix";
import { formatDate, languageName } from "../../_components/format";
import { type JsonOf, toJsonProp } from "../../_components/json-prop";
import { type MatrixTableData, MatrixTable } from "./matrix-table";

/**
 * Facets × articles, for the page of the matrix shown. The cells travel to the browser once, as
 * compact data for the table component (see MatrixTable), rather than as the element tree of
 * hundreds of links, which the page's RSC payload would carry beside the HTML; and as one JSON
 * string (see json-prop), which the payload carries as one value.
 */
export function EventMatrixGrid({ slug, matrix }: { slug: string; matrix: EventMatrix }) {
  // The matrix is part of the page kept under the event's read version and shared by its readers:
  // its table data is worked out once for them all.
  return <MatrixTable data={tableData.get(matrix, [slug], () => toJsonProp(matrixTableData(slug, matrix)))} />;
}

const tableData = new ObjectMemo<EventMatrix, JsonOf<MatrixTableData>>();

function matrixTableData(slug: string, matrix: EventMatrix): MatrixTableData {
  return {
    slug,
    groups: matrix.groups.map((group) => ({
      outlet: group.outlet,
      columns: group.articles.map((article) => ({
        id: article.id,
        title: article.title,
        label: columnLabel(group.articles, article),
        language: article.language,
        languageName: languageName(article.language),
      })),
    })),
    rows: matrix.rows.map((row) => ({
      id: row.facet.id,
      label: row.facet.label,
      unit: row.facet.unit,
      status: row.status,
      claimCount: row.claimCount,
      cells: row.cells.map((cell) =>
        // No quote: a cell's tooltip is loaded when its row is first pointed at (see MatrixTable).
        cell.claims.map((claim) => [claim.id, claim.short, claim.relation, claim.status] as const),
      ),
    })),
  };
}

/**
 * An article's column under its outlet: its date, or, where the date is missing or shared with
 * another article of the outlet, its shortened headline, so no two columns read the same.
 */
function columnLabel(articles: EventMatrix["groups"][number]["articles"], article: EventMatrix["groups"][number]["articles"][number]): string {
  const headline = shortHeadline(article.title, 28);
  if (!article.publishedAt) return headline;
  const date = formatDate(new Date(article.publishedAt));
  return articles.some((other) => other.id !== article.id && other.publishedAt === article.publishedAt) ? `${date} · ${headline}` : date;
}
