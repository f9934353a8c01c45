import type { Fingerprint } from "./schema";

export type Overlap = {
  /** Estimated shared shingles over all shingles of both texts. */
  jaccard: number;
  /**
   * Estimated shared shingles over the shingles of the shorter text: 1 when one text is contained
   * in the other (an outlet that ran the first half of an agency text), whatever their lengths.
   */
  containment: number;
};

/**
 * How much two texts share, from their fingerprints: the share of equal minima estimates the
 * Jaccard similarity J of their shingle sets, and with the set sizes |A| and |B| the shared
 * shingles are J·(|A|+|B|)/(1+J). Zero when either text has no shingles. Never throws.
 */
export function estimateOverlap(a: Fingerprint, b: Fingerprint): Overlap {
  const n = Math.min(a.signature.length, b.signature.length);
  let equal = 0;
  for (let i = 0; i < n; i++) if (a.signature[i] === b.signature[i]) equal++;
  return overlapOf(equal, n, a.shingles, b.shingles);
}

/** `estimateOverlap` from the number of equal minima among `n` compared (findCopyPairs counts them itself). */
export function overlapOf(equal: number, n: number, shinglesA: number, shinglesB: number): Overlap {
  if (shinglesA === 0 || shinglesB === 0) return { jaccard: 0, containment: 0 };
  const jaccard = n === 0 ? 0 : equal / n;
  const shared = (jaccard * (shinglesA + shinglesB)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / Math.min(shinglesA, shinglesB)) };
}
