// Comparing a facet of n claims formats and normalizes the same few strings n² times, and Intl
// formatting and Unicode normalization dominated the profile of compareFacet. Entries are dropped
// wholesale past the limit, which bounds memory on a long-running server without the bookkeeping
// of an LRU.
const LIMIT = 10_000;

/**
 * Wraps a pure function so that calls whose arguments give the same key return the cached result.
 * `keyOf` must capture every argument that affects the result.
 */
export function memoize<A extends unknown[], T>(keyOf: (...args: A) => string, fn: (...args: A) => T): (...args: A) => T {
  const cache = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    if (cache.has(key)) return cache.get(key) as T;
    if (cache.size >= LIMIT) cache.clear();
    const value = fn(...args);
    cache.set(key, value);
    return value;
  };
}
