import Link from "next/link";
import { labelArticles } from "@/lib/articles/label-articles";
import type { EventComparison } from "@/lib/db/load-event-comparison";
import { formatDate, languageName } from "../../_components/format";

/**
 * The event's articles with outlet, date, language and how many revisions each has. What an
 * article lacks (its outlet, its date) is said in its row, with a link to set it (for editors).
 */
export function ArticlesTable({ articles, canEdit }: { articles: EventComparison["articles"]; canEdit: boolean }) {
  const labels = labelArticles(articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet?.name ?? null, publishedAt: a.publishedAt })));
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
      <table className="w-full text-left text-sm" aria-labelledby="articles-heading">
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
          {articles.map((article) => (
            <tr key={article.id} className="hover:bg-stone-50">
              <td className="px-4 py-3">
                <Link href={`/articles/${article.id}`} className="font-medium text-indigo-800" title={labels.get(article.id)?.label}>
                  {article.title}
                </Link>
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-stone-700">
                {article.outlet ? (
                  <>
                    {article.outlet.name}
                    {article.outlet.country ? <span className="text-stone-500"> · {article.outlet.country}</span> : null}
                  </>
                ) : (
                  missing(article.id, "no outlet")
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-stone-700">
                {article.publishedAt ? formatDate(new Date(article.publishedAt)) : missing(article.id, "undated")}
              </td>
              <td className="px-4 py-3 text-stone-700">{languageName(article.language)}</td>
              <td className="px-4 py-3 text-right tabular-nums text-stone-700">{article.revisionCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
