import { overlapOf } from "./estimate-overlap";
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
  // The buckets each article fell into, to collect its candidates from.
  const bucketsOf: number[][][] = articles.map(() => []);
  articles.forEach((article, index) => {
    const fingerprint = article.fingerprint;
    if (!fingerprint || fingerprint.shingles < MIN_SHINGLES) return;
    const signature = fingerprint.signature;
    for (let band = 0; band + ROWS_PER_BAND <= signature.length; band += ROWS_PER_BAND) {
      // The band's minima as two UTF-16 units each (exactly their 32 bits): cheaper than joining them.
      let key = `${article.language}:${band}:`;
      for (let r = band; r < band + ROWS_PER_BAND; r++) key += String.fromCharCode(signature[r]! >>> 16, signature[r]! & 0xffff);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(index);
      bucketsOf[index]!.push(bucket);
    }
  });

  // Each pair once: article i takes the later articles of its buckets, and `checkedFor[j] === i`
  // says j was taken already. Texts copied many times share most buckets: a set of the pairs seen
  // grew to millions, where this is one number per article. Signatures are compared as typed
  // arrays, and the links come out in input order without sorting (i ascends, then j within i).
  const signatures = articles.map((article) => Int32Array.from(article.fingerprint?.signature ?? []));
  const shingles = Float64Array.from(articles, (article) => article.fingerprint?.shingles ?? 0);
  const checkedFor = new Int32Array(articles.length).fill(-1);
  const links: CopyLink[] = [];
  articles.forEach((a, i) => {
    const found: { j: number; similarity: number }[] = [];
    const mine = signatures[i]!;
    const sa = shingles[i]!;
    for (const bucket of bucketsOf[i]!) {
      for (let y = bucket.length - 1; y >= 0 && bucket[y]! > i; y--) {
        const j = bucket[y]!;
        if (checkedFor[j] === i) continue;
        checkedFor[j] = i;
        const theirs = signatures[j]!;
        const n = Math.min(mine.length, theirs.length);
        const sb = shingles[j]!;
        // Containment reaches the threshold only from a Jaccard estimate of T·m / (|A| + |B| − T·m)
        // (m the smaller set): stop counting once too few minima are left to get there. One less
        // than that many, against rounding; the pairs that get there are decided as before.
        const shorter = Math.min(sa, sb);
        const needed = Math.ceil((n * COPY_THRESHOLD * shorter) / (sa + sb - COPY_THRESHOLD * shorter)) - 1;
        let equal = 0;
        let k = 0;
        for (; k < n && equal + n - k >= needed; k++) if (mine[k] === theirs[k]) equal++;
        if (k < n) continue;
        const { containment } = overlapOf(equal, n, sa, sb);
        if (containment >= COPY_THRESHOLD) found.push({ j, similarity: containment });
      }
    }
    found.sort((x, y) => x.j - y.j);
    for (const { j, similarity } of found) links.push({ a: a.id, b: articles[j]!.id, similarity, by: "machine" });
  });
  return links;
}
