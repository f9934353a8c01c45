import { estimateOverlap } from "./estimate-overlap";
import type { CopyCandidate, CopyLink } from "./schema";

/**
 * Share of the shorter text that must be found in the longer one for two articles to count as
 * copies. Independent reports of one event share names and stock phrases, well under a tenth of
 * their four-word shingles; agency copy shares nearly all, a light rewrite most.
 */
export const COPY_THRESHOLD = 0.5;
/** Texts with fewer shingles (about as many words) are too short to call copies by their words. */
export const MIN_SHINGLES = 20;
// Locality-sensitive hashing: pairs that agree on both minima of at least one band of two become
// candidates. With 64 bands, texts with a Jaccard similarity of 0.2 (a brief that ran a fifth of a
// long agency text) are candidates with probability 1 − (1 − 0.2²)^64 ≈ 0.93, unrelated ones rarely.
const ROWS_PER_BAND = 2;

/**
 * The pairs of articles whose texts are copies of one text by the machine's reading: same
 * language, both long enough, and at least COPY_THRESHOLD of the shorter found in the longer.
 * Candidates come from banding the fingerprints, so the work grows with the number of similar
 * pairs rather than with all pairs. Pairs are ordered by input order (a before b). Never throws.
 */
export function findCopyPairs(articles: readonly CopyCandidate[]): CopyLink[] {
  const buckets = new Map<string, number[]>();
  articles.forEach((article, index) => {
    const fingerprint = article.fingerprint;
    if (!fingerprint || fingerprint.shingles < MIN_SHINGLES) return;
    for (let band = 0; band + ROWS_PER_BAND <= fingerprint.signature.length; band += ROWS_PER_BAND) {
      const key = `${article.language}:${band}:${fingerprint.signature.slice(band, band + ROWS_PER_BAND).join(",")}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });

  const seen = new Set<number>();
  const links: CopyLink[] = [];
  const n = articles.length;
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x]!;
        const j = bucket[y]!;
        const pair = i * n + j;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const a = articles[i]!;
        const b = articles[j]!;
        const { containment } = estimateOverlap(a.fingerprint!, b.fingerprint!);
        if (containment >= COPY_THRESHOLD) links.push({ a: a.id, b: b.id, similarity: containment, by: "machine" });
      }
    }
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return links.sort((x, y) => (order.get(x.a) ?? 0) - (order.get(y.a) ?? 0) || (order.get(x.b) ?? 0) - (order.get(y.b) ?? 0));
}
