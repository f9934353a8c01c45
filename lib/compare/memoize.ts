import { CappedMemo } from "@/lib/cache/capped-memo";

// Comparing a facet of n claims formats and normalizes the same few strings n² times, and Intl
// formatting and Unicode normalization dominated the profile of compareFacet.
const LIMIT = 10_000;

/**
 * Wraps a pure function so that calls whose arguments give the same key return the cached result.
 * `keyOf` must capture every argument that affects the result.
 */
export function memoize<A extends unknown[], T>(keyOf: (...args: A) => string, fn: (...args: A) => T): (...args: A) => T {
  const cache = new CappedMemo<string, T>(LIMIT);
  const compute = (_key: string, args: A) => fn(...args);
  return (...args) => cache.get(keyOf(...args), args, compute);
}
