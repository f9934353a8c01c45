import { findCopyPairs } from "./find-copy-pairs";
import type { CopyCandidate, CopyCluster, CopyDecision, CopyLink } from "./schema";

/**
 * Groups the articles of an event into copies of one text. The editor's joins come first, then
 * the machine's pairs from the most similar down; a link is taken unless it would put two articles
 * an editor kept apart into one group (so splitting an article out of a group holds even when a
 * later article resembles both sides). Decisions naming unknown articles are ignored. Returns only
 * groups of two or more, each in input order, groups ordered by their first article. Never throws.
 * `pairs` are the machine's pairs among the articles, when found already (a `CopyPairIndex`).
 */
export function groupCopies(
  articles: readonly CopyCandidate[],
  decisions: readonly CopyDecision[],
  pairs: readonly CopyLink[] = findCopyPairs(articles),
): CopyCluster[] {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const known = decisions.filter((d) => index.has(d.articleId) && index.has(d.otherId) && d.articleId !== d.otherId);
  const apart = known.filter((d) => !d.copies).map((d) => [index.get(d.articleId)!, index.get(d.otherId)!] as const);
  const joins: CopyLink[] = known.filter((d) => d.copies).map((d) => ({ a: d.articleId, b: d.otherId, similarity: 1, by: "editor" }));
  // Array.prototype.sort is stable: equally similar pairs keep input order.
  const machine = [...pairs].sort((x, y) => y.similarity - x.similarity);

  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const accepted: CopyLink[] = [];
  for (const link of [...joins, ...machine]) {
    const ra = find(index.get(link.a)!);
    const rb = find(index.get(link.b)!);
    if (ra === rb) {
      accepted.push(link);
      continue;
    }
    const keptApart = apart.some(([x, y]) => {
      const [rx, ry] = [find(x), find(y)];
      return (rx === ra && ry === rb) || (rx === rb && ry === ra);
    });
    if (keptApart) continue;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    accepted.push(link);
  }

  const clusters = new Map<number, CopyCluster>();
  articles.forEach((article, i) => {
    const root = find(i);
    const cluster = clusters.get(root);
    if (cluster) cluster.articleIds.push(article.id);
    else clusters.set(root, { articleIds: [article.id], links: [] });
  });
  for (const link of accepted) clusters.get(find(index.get(link.a)!))?.links.push(link);
  return [...clusters.values()].filter((c) => c.articleIds.length > 1);
}
