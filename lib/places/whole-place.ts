import { contains } from "./contains";
import { placeKind } from "./place-kind";

const COUNTRY = /^[A-Z]{2}$/;
const countryOf = (key: string) => (COUNTRY.test(key) ? key : /^[A-Z]{2}\//.test(key) ? key.slice(0, 2) : null);

/**
 * The place a set of figures is about as a whole: the country or region they name most often (ties:
 * the one containing more of the others, then alphabetical). A flood reported "in Bayern" again and
 * again is about Bavaria, so a figure with no place is Bavaria's and a Nuremberg figure a part of
 * it; a protest counted "bundesweit" (the country) and in a few cities is about the country. A city
 * or a place no gazetteer knows is a part, never the whole. Figures with no place do not vote, but
 * they outweigh a region named by fewer figures than they are: "In Bavaria alone, 3,100 trains were
 * cancelled" beside undated nationwide counts is a part of the whole, not the whole itself.
 * @returns null when no figure names a place: the whole is the event's, unnamed.
 */
export function wholePlaceOf(places: readonly (string | null | undefined)[]): string | null {
  const named = places.filter((p): p is string => Boolean(p));
  const counts = new Map<string, number>();
  for (const place of named) {
    const kind = placeKind(place);
    if (kind === "country" || kind === "region") counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  const covers = (outer: string) => named.filter((p) => contains(outer, p)).length;
  let best: string | null = null;
  for (const [place, n] of counts) {
    if (best === null) {
      best = place;
      continue;
    }
    const bestCount = counts.get(best) ?? 0;
    if (n !== bestCount) {
      if (n > bestCount) best = place;
      continue;
    }
    const [c, bc] = [covers(place), covers(best)];
    if (c > bc || (c === bc && place < best)) best = place;
  }
  const unnamed = places.length - named.length;
  // A country stays the whole however rarely it is named: it contains whatever the others name.
  if (best !== null && placeKind(best) === "region" && (counts.get(best) ?? 0) < unnamed) return null;
  return best;
}

/** The country of a place key ("DE/Bavaria" → "DE"), or null for a place no gazetteer knows. */
export function countryOfPlace(key: string): string | null {
  return countryOf(key);
}
