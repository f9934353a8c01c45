import { labelArticles } from "@/lib/articles/label-articles";
import type { EventComparison } from "@/lib/db/load-event-comparison";
import { formatDate, languageName } from "../../_components/format";
import type { ArticleRow } from "./articles-table";

/** The shown articles as the table's compact rows, each labelled among the others shown. */
export function articleRows(shown: EventComparison["articles"]): ArticleRow[] {
  const labels = labelArticles(shown.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet?.name ?? null, publishedAt: a.publishedAt })));
  return shown.map((article) => ({
    id: article.id,
    title: article.title,
    label: labels.get(article.id)?.label,
    outlet: article.outlet?.name ?? null,
    country: article.outlet?.country ?? null,
    published: article.publishedAt ? formatDate(new Date(article.publishedAt)) : null,
    language: languageName(article.language),
    revisionCount: article.revisionCount,
  }));
}
