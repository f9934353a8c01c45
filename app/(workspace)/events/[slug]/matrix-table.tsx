"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { CellRelation } from "@/lib/compare/cell-relations";
import type { FacetStatus } from "@/lib/compare/schema";
import type { ReviewStatus } from "@/lib/claims/schema";
import { fromJsonProp, type JsonOf } from "../../_components/json-prop";
import { STATUS_LABEL } from "./_components/relation-style";
import { rowQuotesAction } from "./matrix-actions";
import { MatrixKeys } from "./matrix-keys";

const MATRIX_ID = "event-matrix";

/** One claim in a cell: id, short value, standing, review status (its quote is loaded on demand). */
export type MatrixTableClaim = readonly [id: string, short: string, relation: CellRelation, status: ReviewStatus];

/** The page of the matrix as the table draws it: compact, since every cell travels as data. */
export type MatrixTableData = {
  slug: string;
  groups: { outlet: string | null; columns: { id: string; title: string; label: string; language: string; languageName: string }[] }[];
  /** Each row's cells in column order, each the claims of one article. */
  rows: { id: string; label: string; unit: string | null; status: FacetStatus; claimCount: number; cells: MatrixTableClaim[][] }[];
};

// A large event has thousands of cells: their styles are declared once, on the table, and each
// cell is a bare link with data attributes (its relation, its review status). Colours and glyphs
// follow RELATION_STYLE, and so do the words a screen reader says after the value (", conflicts",
// ", not yet reviewed"): generated content, part of the link's accessible name, visually hidden,
// written once here rather than as a hidden span in each of hundreds of cells. Every literal is
// spelled out so Tailwind finds it.
const CELL_STYLES = [
  "[&_td]:px-2 [&_td]:py-1.5 [&_td]:align-top [&_td[data-group-start]]:border-l [&_td[data-group-start]]:border-stone-200",
  "[&_td>span]:text-stone-300 [&_td_ul]:flex [&_td_ul]:flex-col [&_td_ul]:gap-1",
  "[&_a[data-relation]]:relative [&_a[data-relation]]:flex [&_a[data-relation]]:items-baseline [&_a[data-relation]]:gap-1.5 [&_a[data-relation]]:rounded [&_a[data-relation]]:border-l-4 [&_a[data-relation]]:px-1.5 [&_a[data-relation]]:py-0.5 [&_a[data-relation]]:whitespace-nowrap [&_a[data-relation]]:text-stone-900 [&_a[data-relation]]:no-underline [&_a[data-relation]:hover]:underline",
  "[&_a[data-status=proposed]]:outline-1 [&_a[data-status=proposed]]:outline-dashed [&_a[data-status=proposed]]:outline-stone-300",
  "[&_a[data-relation]]:before:font-semibold [&_a[data-relation]>i]:not-italic [&_a[data-relation]>i]:tabular-nums",
  "[&_a[data-relation]>i]:after:sr-only [&_a[data-status]]:after:sr-only",
  "[&_a[data-relation=conflicts]]:bg-[#D55E00]/15 [&_a[data-relation=conflicts]]:border-[#D55E00] [&_a[data-relation=conflicts]]:before:text-[#A34400] [&_a[data-relation=conflicts]]:before:content-['≠'] [&_a[data-relation=conflicts]>i]:after:content-[',_conflicts']",
  "[&_a[data-relation=changed]]:bg-[#E69F00]/20 [&_a[data-relation=changed]]:border-[#E69F00] [&_a[data-relation=changed]]:before:text-[#8A5F00] [&_a[data-relation=changed]]:before:content-['↻'] [&_a[data-relation=changed]>i]:after:content-[',_changed_over_time']",
  "[&_a[data-relation=agrees]]:bg-[#009E73]/15 [&_a[data-relation=agrees]]:border-[#009E73] [&_a[data-relation=agrees]]:before:text-[#00694C] [&_a[data-relation=agrees]]:before:content-['='] [&_a[data-relation=agrees]>i]:after:content-[',_agrees']",
  "[&_a[data-relation=scope]]:bg-[#56B4E9]/20 [&_a[data-relation=scope]]:border-[#56B4E9] [&_a[data-relation=scope]]:before:text-[#1F6E99] [&_a[data-relation=scope]]:before:content-['⊂'] [&_a[data-relation=scope]>i]:after:content-[',_different_scope']",
  "[&_a[data-relation=only]]:bg-stone-100 [&_a[data-relation=only]]:border-stone-400 [&_a[data-relation=only]]:before:text-stone-600 [&_a[data-relation=only]]:before:content-['○'] [&_a[data-relation=only]>i]:after:content-[',_only_source']",
  "[&_a[data-status=proposed]]:after:content-[',_not_yet_reviewed'] [&_a[data-status=confirmed]]:after:content-[',_confirmed']",
].join(" ");

/**
 * One claim in a cell: glyph, short value, and (for screen readers, from CELL_STYLES) its relation
 * and review status in words, linked to its card by the claim's short address (/claims/<id>). A
 * plain <a>, not next/link: opening a facet loads a whole new page anyway, and hundreds of
 * prefetching links would cost more. Its tooltip (the quote and claimant) once its row's quotes
 * have been loaded.
 */
function CellLink({ claim: [id, short, relation, status], quote }: { claim: MatrixTableClaim; quote: string | undefined }) {
  return (
    <a href={`/claims/${id}`} title={quote} data-relation={relation} data-status={status}>
      <i>{short}</i>
    </a>
  );
}

/**
 * Facets × articles. A grid (not a plain table) because every cell is a way into its facet: arrow
 * keys move between cells once JavaScript runs, and without it every link is still reachable by Tab.
 */
export function MatrixTable({ data: json }: { data: JsonOf<MatrixTableData> }) {
  const data = useMemo(() => fromJsonProp(json), [json]);
  const [quotes, setQuotes] = useState<Record<string, string>>({});
  const [asked, setAsked] = useState<ReadonlySet<string>>(new Set());
  // A row's quotes, asked for once, when one of its cells is first pointed at or focused: the
  // tooltip shows by the time the pointer has rested, and moving along the row asks no more.
  const loadQuotes = (row: MatrixTableData["rows"][number]) => {
    if (asked.has(row.id)) return;
    setAsked((before) => new Set(before).add(row.id));
    const form = new FormData();
    for (const claims of row.cells) for (const claim of claims) form.append("id", claim[0]);
    rowQuotesAction(form).then(
      (loaded) => setQuotes((before) => ({ ...before, ...loaded })),
      () => setAsked((before) => new Set([...before].filter((id) => id !== row.id))),
    );
  };
  const groupStarts = new Set<number>();
  let index = 0;
  for (const group of data.groups) {
    groupStarts.add(index);
    index += group.columns.length;
  }
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table id={MATRIX_ID} role="grid" aria-labelledby="matrix-heading" aria-describedby="matrix-help" className={`border-collapse text-sm ${CELL_STYLES}`}>
        <thead className="text-xs text-stone-600">
          <tr className="border-b border-stone-200 bg-stone-100">
            <th scope="col" rowSpan={2} className="sticky left-0 z-10 min-w-56 bg-stone-100 px-3 py-2 text-left align-bottom font-medium uppercase tracking-wide">
              Facet
            </th>
            {data.groups.map((group) => (
              <th
                key={`${group.outlet ?? "unknown"}:${group.columns[0]?.id}`}
                scope="colgroup"
                colSpan={group.columns.length}
                className="border-l border-stone-200 px-3 pt-2 pb-1 text-left font-semibold text-stone-800"
              >
                {group.outlet ?? "No outlet set"}
              </th>
            ))}
          </tr>
          <tr className="border-b border-stone-200 bg-stone-50">
            {data.groups.flatMap((group) =>
              group.columns.map((column, i) => (
                <th key={column.id} scope="col" className={`px-3 pb-2 text-left font-normal whitespace-nowrap ${i === 0 ? "border-l border-stone-200" : ""}`}>
                  {/* The title is a tooltip only: the link's name stays short (the date), so the headline is not repeated per column. */}
                  <a href={`/articles/${column.id}`} title={column.title} className="text-indigo-800">
                    {column.label}
                  </a>
                  <span className="block text-[11px] text-stone-500" title={column.languageName}>
                    {column.language.toUpperCase()}
                  </span>
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {data.rows.map((row) => (
            <tr key={row.id} onPointerOver={() => loadQuotes(row)} onFocus={() => loadQuotes(row)}>
              <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left align-top font-normal">
                <Link href={`/events/${data.slug}/facets/${row.id}`} className="font-medium text-indigo-800">
                  {row.label}
                </Link>
                <span className="mt-0.5 block text-xs text-stone-500">
                  <span className={row.status === "disputed" ? "font-semibold text-[#A34400]" : undefined}>{STATUS_LABEL[row.status]}</span>
                  {" · "}
                  {row.claimCount} {row.claimCount === 1 ? "claim" : "claims"}
                  {row.unit ? ` · ${row.unit}` : ""}
                </span>
              </th>
              {row.cells.map((claims, i) => (
                <td key={i} data-group-start={groupStarts.has(i) || undefined}>
                  {claims.length === 0 ? (
                    <span aria-label="no claim">–</span>
                  ) : claims.length === 1 ? (
                    <CellLink claim={claims[0]!} quote={quotes[claims[0]![0]]} />
                  ) : (
                    <ul>
                      {claims.map((claim) => (
                        <li key={claim[0]}>
                          <CellLink claim={claim} quote={quotes[claim[0]]} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <MatrixKeys gridId={MATRIX_ID} />
    </div>
  );
}
