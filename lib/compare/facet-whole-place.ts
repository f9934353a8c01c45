import { placeLevels } from "@/lib/extract/lexicon/facet-labels";

/**
 * The place a facet's figures are about as a whole, so that claims scoped to it are not taken for
 * "a part": in "North Korean troops in Russia", 10,000 "in Russland" and 10,000 with no place
 * answer the same question. This mirrors how extraction files claims (see proposeFacets): a key
 * ending in "@Kursk" names the facet's place; otherwise the most common country among the claims'
 * places (ties: alphabetical) is the event's total, and no country means the whole is unnamed.
 * @returns null when the facet names no place as its whole.
 */
export function facetWholePlace(key: string | null, places: readonly (string | null | undefined)[]): string | null {
  const at = key?.lastIndexOf("@") ?? -1;
  if (key && at >= 0 && at < key.length - 1) return key.slice(at + 1);
  const counts = new Map<string, number>();
  for (const place of places) {
    if (place && placeLevels[place] === "country") counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [place, n] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > bestCount || (n === bestCount && place < best)) best = place;
  }
  return best;
}
