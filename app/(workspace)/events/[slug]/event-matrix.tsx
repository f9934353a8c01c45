import Link from "next/link";
import { shortHeadline } from "@/lib/articles/label-articles";
import type { EventMatrix, MatrixCellClaim } from "@/lib/compare/build-event-matrix";
import { formatDate, languageName } from "../../_components/format";
import { RELATION_STYLE, STATUS_LABEL } from "./_components/relation-style";
import { MatrixKeys } from "./matrix-keys";

const MATRIX_ID = "event-matrix";

// A large event has thousands of cells: their styles are declared once, on the table, and each
// cell carries only data attributes (its relation, its review status). Colours and glyphs follow
// RELATION_STYLE; every literal is spelled out so Tailwind finds it.
const CELL_STYLES = [
  "[&_td]:px-2 [&_td]:py-1.5 [&_td]:align-top [&_td[data-group-start]]:border-l [&_td[data-group-start]]:border-stone-200",
  "[&_td>span]:text-stone-300 [&_td_ul]:flex [&_td_ul]:flex-col [&_td_ul]:gap-1",
  "[&_a[data-relation]]:flex [&_a[data-relation]]:items-baseline [&_a[data-relation]]:gap-1.5 [&_a[data-relation]]:rounded [&_a[data-relation]]:border-l-4 [&_a[data-relation]]:px-1.5 [&_a[data-relation]]:py-0.5 [&_a[data-relation]]:whitespace-nowrap [&_a[data-relation]]:text-stone-900 [&_a[data-relation]]:no-underline [&_a[data-relation]:hover]:underline",
  "[&_a[data-status=proposed]]:outline-1 [&_a[data-status=proposed]]:outline-dashed [&_a[data-status=proposed]]:outline-stone-300",
  "[&_a[data-relation]>b]:font-semibold [&_a[data-relation]>i]:not-italic [&_a[data-relation]>i]:tabular-nums",
  "[&_a[data-relation=conflicts]]:bg-[#D55E00]/15 [&_a[data-relation=conflicts]]:border-[#D55E00] [&_a[data-relation=conflicts]>b]:text-[#A34400]",
  "[&_a[data-relation=changed]]:bg-[#E69F00]/20 [&_a[data-relation=changed]]:border-[#E69F00] [&_a[data-relation=changed]>b]:text-[#8A5F00]",
  "[&_a[data-relation=agrees]]:bg-[#009E73]/15 [&_a[data-relation=agrees]]:border-[#009E73] [&_a[data-relation=agrees]>b]:text-[#00694C]",
  "[&_a[data-relation=scope]]:bg-[#56B4E9]/20 [&_a[data-relation=scope]]:border-[#56B4E9] [&_a[data-relation=scope]>b]:text-[#1F6E99]",
  "[&_a[data-relation=only]]:bg-stone-100 [&_a[data-relation=only]]:border-stone-400 [&_a[data-relation=only]>b]:text-stone-600",
].join(" ");

const REVIEW_WORDS = { proposed: ", not yet reviewed", confirmed: ", confirmed", rejected: "" } as const;

/**
 * One claim in a cell: glyph, short value, and in words its relation and review status, linked to
 * its card by the claim's short address (/claims/<id>). A plain <a>, not next/link: thousands of client-component links would weigh more in the page's RSC
 * payload than the cells themselves, and opening a facet loads a whole new page anyway.
 */
function CellLink({ claim }: { claim: MatrixCellClaim }) {
  const style = RELATION_STYLE[claim.relation];
  return (
    <a
      href={`/claims/${claim.id}`}
      title={`“${claim.quote}”${claim.attribution ? ` — ${claim.attribution}` : ""}`}
      data-relation={claim.relation}
      data-status={claim.status}
    >
      <b aria-hidden>{style.glyph}</b>
      <i>{claim.short}</i>
      <span className="sr-only">{`, ${style.label}${REVIEW_WORDS[claim.status]}`}</span>
    </a>
  );
}

/**
 * Facets × articles. A grid (not a plain table) because every cell is a way into its facet: arrow
 * keys move between cells once JavaScript runs, and without it every link is still reachable by Tab.
 */
export function EventMatrixGrid({ slug, matrix }: { slug: string; matrix: EventMatrix }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table id={MATRIX_ID} role="grid" aria-labelledby="matrix-heading" aria-describedby="matrix-help" className={`border-collapse text-sm ${CELL_STYLES}`}>
        <thead className="text-xs text-stone-600">
          <tr className="border-b border-stone-200 bg-stone-100">
            <th scope="col" rowSpan={2} className="sticky left-0 z-10 min-w-56 bg-stone-100 px-3 py-2 text-left align-bottom font-medium uppercase tracking-wide">
              Facet
            </th>
            {matrix.groups.map((group) => (
              <th
                key={group.outlet ?? "unknown"}
                scope="colgroup"
                colSpan={group.articles.length}
                className="border-l border-stone-200 px-3 pt-2 pb-1 text-left font-semibold text-stone-800"
              >
                {group.outlet ?? "No outlet set"}
              </th>
            ))}
          </tr>
          <tr className="border-b border-stone-200 bg-stone-50">
            {matrix.groups.flatMap((group) =>
              group.articles.map((article, i) => (
                <th key={article.id} scope="col" className={`px-3 pb-2 text-left font-normal whitespace-nowrap ${i === 0 ? "border-l border-stone-200" : ""}`}>
                  {/* The title is a tooltip only: the link's name stays short (the date), so the headline is not repeated per column. */}
                  <a href={`/articles/${article.id}`} title={article.title} className="text-indigo-800">
                    {columnLabel(group.articles, article)}
                  </a>
                  <span className="block text-[11px] text-stone-500" title={languageName(article.language)}>
                    {article.language.toUpperCase()}
                  </span>
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {matrix.rows.map((row) => {
            const facetHref = `/events/${slug}/facets/${row.facet.id}`;
            return (
              <tr key={row.facet.id}>
                <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left align-top font-normal">
                  <Link href={facetHref} className="font-medium text-indigo-800">
                    {row.facet.label}
                  </Link>
                  <span className="mt-0.5 block text-xs text-stone-500">
                    <span className={row.status === "disputed" ? "font-semibold text-[#A34400]" : undefined}>{STATUS_LABEL[row.status]}</span>
                    {" · "}
                    {row.claimCount} {row.claimCount === 1 ? "claim" : "claims"}
                    {row.facet.unit ? ` · ${row.facet.unit}` : ""}
                  </span>
                </th>
                {row.cells.map((cell, i) => (
                  <td key={cell.articleId} tabIndex={-1} data-group-start={isGroupStart(matrix, i) || undefined}>
                    {cell.claims.length === 0 ? (
                      <span aria-label="no claim">–</span>
                    ) : cell.claims.length === 1 ? (
                      <CellLink claim={cell.claims[0]!} />
                    ) : (
                      <ul>
                        {cell.claims.map((claim) => (
                          <li key={claim.id}>
                            <CellLink claim={claim} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <MatrixKeys gridId={MATRIX_ID} />
    </div>
  );
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

function isGroupStart(matrix: EventMatrix, column: number): boolean {
  let index = 0;
  for (const group of matrix.groups) {
    if (index === column) return true;
    index += group.articles.length;
  }
  return false;
}
