import type { MatrixArticle } from "./event-matrix-schema";

/** The articles of one outlet (null: outlet unknown), in publication order. */
export type OutletGroup = { outlet: string | null; articles: MatrixArticle[] };

/**
 * Groups articles given in publication order by outlet, keeping that order inside each group;
 * groups follow the date of their first article, so the matrix still reads roughly left to right
 * in time while an outlet's articles (and its revisions of a story) sit side by side. Articles of
 * no known outlet form one group. Never throws.
 */
export function groupArticlesByOutlet(articles: readonly MatrixArticle[]): OutletGroup[] {
  const groups = new Map<string | null, OutletGroup>();
  for (const article of articles) {
    const group = groups.get(article.outlet);
    if (group) group.articles.push(article);
    else groups.set(article.outlet, { outlet: article.outlet, articles: [article] });
  }
  return [...groups.values()];
}
