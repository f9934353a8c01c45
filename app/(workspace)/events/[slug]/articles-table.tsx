"use client";

import Link from "next/link";
import { useMemo } from "react";
import { fromJsonProp, type JsonOf } from "../../_components/json-prop";

/** One article as the table shows it: every field already in words (see articleRows). */
export type ArticleRow = {
  id: string;
  title: string;
  /** Its name in the event (lib/articles/label-articles.ts), as the headline's tooltip. */
  label: string | undefined;
  outlet: string | null;
  country: string | null;
  /** "28 Oct 2024", or null when undated. */
  published: string | null;
  language: string;
  revisionCount: number;
};

/**
 * The event's articles with outlet, date, language and how many revisions each has. What an
 * article lacks (its outlet, its date) is said in its row, with a link to set it (for editors).
 * A client component only so that its markup is not repeated as elements in the page's RSC
 * payload: its compact rows are, as one JSON string (see json-prop).
 */
export function ArticlesTable({ rows: json, canEdit }: { rows: JsonOf<ArticleRow[]>; canEdit: boolean }) {
  const rows = useMemo(() => fromJsonProp(json), [json]);
  const missing = (articleId: string, what: string) =>
    canEdit ? (
      <Link href={`/articles/${articleId}#metadata`} className="text-amber-800 underline decoration-dotted">
        {what} — set it
      </Link>
    ) : (
      <span className="text-stone-600">{what}</span>
    );
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm [&_td]:px-4 [&_td]:py-3 [&_td]:text-stone-700" aria-labelledby="articles-heading">
        <thead className="border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Article</th>
            <th scope="col" className="px-4 py-2 font-medium">Outlet</th>
            <th scope="col" className="px-4 py-2 font-medium">Published</th>
            <th scope="col" className="px-4 py-2 font-medium">Language</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Revisions</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((article) => (
            <tr key={article.id} className="hover:bg-stone-50">
              <td>
                <Link href={`/articles/${article.id}`} prefetch={false} className="font-medium text-indigo-800" title={article.label}>
                  {article.title}
                </Link>
              </td>
              <td className="whitespace-nowrap">
                {article.outlet ? (
                  <>
                    {article.outlet}
                    {article.country ? <span className="text-stone-500"> · {article.country}</span> : null}
                  </>
                ) : (
                  missing(article.id, "no outlet")
                )}
              </td>
              <td className="whitespace-nowrap">{article.published ?? missing(article.id, "undated")}</td>
              <td>{article.language}</td>
              <td className="text-right tabular-nums">{article.revisionCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
