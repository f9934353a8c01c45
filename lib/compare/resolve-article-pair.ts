import type { ArticleComparisonQuery, ArticlePair } from "./article-comparison-schema";

/** An article's id with its revision numbers, newest first. */
export type ArticleRevisions = { id: string; revisions: readonly number[] };

/**
 * Which two texts to set side by side. Defaults, when the query leaves them open or names what
 * does not exist: `a` is the first article with several revisions (else the first article); `b` is the same article's previous revision when `a`
 * has one and `b` is not chosen (re-published stories are the commonest thing to compare), else
 * the next article; revisions default to the latest. The heat map's base defaults to `a`.
 * @returns null when the event has no article with a revision.
 */
export function resolveArticlePair(articles: readonly ArticleRevisions[], query: Partial<ArticleComparisonQuery>): ArticlePair | null {
  const withText = articles.filter((a) => a.revisions.length > 0);
  const find = (id: string | undefined) => withText.find((a) => a.id === id);
  // With nothing chosen, an article re-published with changes is the likeliest thing to compare.
  const a = find(query.a) ?? (query.b === undefined ? withText.find((x) => x.revisions.length > 1) : undefined) ?? withText[0];
  if (!a) return null;
  const revisionOf = (article: ArticleRevisions, wanted: number | undefined) =>
    wanted !== undefined && article.revisions.includes(wanted) ? wanted : (article.revisions[0] ?? 1);
  const aRevision = revisionOf(a, query.ar);

  let b = find(query.b);
  let bRevision: number;
  if (b) {
    bRevision = revisionOf(b, query.br);
  } else if (query.br === undefined && a.revisions.length > 1) {
    b = a;
    const older = a.revisions.find((n) => n < aRevision);
    bRevision = older ?? a.revisions.find((n) => n !== aRevision) ?? aRevision;
  } else {
    b = withText.find((x) => x.id !== a.id) ?? a;
    bRevision = revisionOf(b, query.br);
  }
  // Read older on the left: a revision pair is shown as "before → after".
  const left = { articleId: a.id, revision: aRevision };
  const right = { articleId: b.id, revision: bRevision };
  const swap = a.id === b.id && bRevision < aRevision;
  return { a: swap ? right : left, b: swap ? left : right, baseId: find(query.base)?.id ?? a.id };
}
