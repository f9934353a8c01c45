import { overlapOf } from "./estimate-overlap";
import type { CopyCandidate, CopyLink, Fingerprint } from "./schema";

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
  const index = new CopyPairIndex();
  articles.forEach((article, i) => index.add(String(i), article.language, article.fingerprint));
  return index.pairsAmong(articles.map((article, i) => ({ id: article.id, key: String(i) })));
}

/**
 * The copy pairs among a growing set of fingerprinted texts, each compared with the ones before it
 * as it is added: the process keeps one per event (lib/db/copy-pair-memo.ts), so each regrouping
 * compares only the texts it has not seen and reads the other pairs off. Whatever
 * the order of adding, the pairs among a set of texts are those `findCopyPairs` finds: a pair is
 * compared when the texts share a band, whichever came first, and its similarity is symmetric.
 * A text is named by a key of the caller's (a revision's id and language); adding a key again
 * changes nothing.
 */
export class CopyPairIndex {
  private readonly keys = new Map<string, number>();
  private readonly buckets = new Map<string, number[]>();
  private readonly signatures: Int32Array[] = [];
  private readonly shingles: number[] = [];
  // The texts each text is a copy of, with the similarity, in the order found.
  private readonly copiesOf: { other: number[]; similarity: number[] }[] = [];
  // `checkedFor[j] === i` says j was compared with i already: texts copied many times share most buckets.
  private checkedFor = new Int32Array(64).fill(-1);

  get size(): number {
    return this.keys.size;
  }

  /** Whether a text was added under `key`. */
  has(key: string): boolean {
    return this.keys.has(key);
  }

  add(key: string, language: string, fingerprint: Fingerprint | null): void {
    if (this.keys.has(key)) return;
    const i = this.signatures.length;
    this.keys.set(key, i);
    const mine = Int32Array.from(fingerprint?.signature ?? []);
    const sa = fingerprint?.shingles ?? 0;
    this.signatures.push(mine);
    this.shingles.push(sa);
    this.copiesOf.push({ other: [], similarity: [] });
    if (i >= this.checkedFor.length) {
      const grown = new Int32Array(this.checkedFor.length * 2).fill(-1);
      grown.set(this.checkedFor);
      this.checkedFor = grown;
    }
    if (!fingerprint || fingerprint.shingles < MIN_SHINGLES) return;
    const signature = fingerprint.signature;
    for (let band = 0; band + ROWS_PER_BAND <= signature.length; band += ROWS_PER_BAND) {
      // The band's minima as two UTF-16 units each (exactly their 32 bits): cheaper than joining them.
      let bucketKey = `${language}:${band}:`;
      for (let r = band; r < band + ROWS_PER_BAND; r++) bucketKey += String.fromCharCode(signature[r]! >>> 16, signature[r]! & 0xffff);
      let bucket = this.buckets.get(bucketKey);
      if (!bucket) this.buckets.set(bucketKey, (bucket = []));
      for (const j of bucket) {
        if (this.checkedFor[j] === i) continue;
        this.checkedFor[j] = i;
        const similarity = copySimilarity(mine, sa, this.signatures[j]!, this.shingles[j]!);
        if (similarity < COPY_THRESHOLD) continue;
        this.copiesOf[i]!.other.push(j);
        this.copiesOf[i]!.similarity.push(similarity);
        this.copiesOf[j]!.other.push(i);
        this.copiesOf[j]!.similarity.push(similarity);
      }
      bucket.push(i);
    }
  }

  /**
   * The pairs among `articles` (each named by the key it was added under; keys not added have no
   * pairs), oriented and ordered by their order there, as `findCopyPairs` gives them.
   */
  pairsAmong(articles: readonly { id: string; key: string }[]): CopyLink[] {
    const position = new Int32Array(this.signatures.length).fill(-1);
    articles.forEach((article, i) => {
      const at = this.keys.get(article.key);
      if (at !== undefined && position[at] === -1) position[at] = i;
    });
    const links: CopyLink[] = [];
    articles.forEach((article, i) => {
      const at = this.keys.get(article.key);
      if (at === undefined || position[at] !== i) return;
      const { other, similarity } = this.copiesOf[at]!;
      const found: { j: number; similarity: number }[] = [];
      for (let k = 0; k < other.length; k++) {
        const j = position[other[k]!]!;
        if (j > i) found.push({ j, similarity: similarity[k]! });
      }
      found.sort((x, y) => x.j - y.j);
      for (const { j, similarity } of found) links.push({ a: article.id, b: articles[j]!.id, similarity, by: "machine" });
    });
    return links;
  }
}

/**
 * The containment of two fingerprints, or -1 once it cannot reach COPY_THRESHOLD. Containment
 * reaches the threshold only from a Jaccard estimate of T·m / (|A| + |B| − T·m) (m the smaller
 * set): counting stops once too few minima are left to get there (one less than that many, against
 * rounding); the pairs that get there are decided as by `estimateOverlap`. Symmetric in its texts.
 */
function copySimilarity(mine: Int32Array, sa: number, theirs: Int32Array, sb: number): number {
  const n = Math.min(mine.length, theirs.length);
  const shorter = Math.min(sa, sb);
  const needed = Math.ceil((n * COPY_THRESHOLD * shorter) / (sa + sb - COPY_THRESHOLD * shorter)) - 1;
  // What may still be reached (equal minima so far + minima left) only falls as k grows, so a
  // check every eight minima gives up on the same pairs as one after each; the last check is at
  // n − 1, as before. Counted without a branch: whether two minima agree is a coin toss the
  // processor's branch prediction kept losing (a million pairs of 128 minima on 2,000 articles).
  let equal = 0;
  let k = 0;
  for (; k + 8 <= n - 1; k += 8) {
    if (equal + n - k < needed) return -1;
    equal +=
      +(mine[k] === theirs[k]) + +(mine[k + 1] === theirs[k + 1]) + +(mine[k + 2] === theirs[k + 2]) + +(mine[k + 3] === theirs[k + 3]) +
      +(mine[k + 4] === theirs[k + 4]) + +(mine[k + 5] === theirs[k + 5]) + +(mine[k + 6] === theirs[k + 6]) + +(mine[k + 7] === theirs[k + 7]);
  }
  for (; k < n - 1; k++) equal += +(mine[k] === theirs[k]);
  if (n > 0 && equal + 1 < needed) return -1;
  if (n > 0) equal += +(mine[n - 1] === theirs[n - 1]);
  return overlapOf(equal, n, sa, sb).containment;
}
