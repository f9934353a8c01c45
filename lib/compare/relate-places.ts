import { contains } from "@/lib/places";

/** How the places of two figures relate: the same, one a part of the other's, or apart. */
export type PlaceRelation = { kind: "same" } | { kind: "part"; part: "a" | "b" } | { kind: "apart" };

/**
 * Relates two place keys (null: the facet's whole, `wholePlace` when it is named) through the one
 * place model of lib/places:
 * "ES/Valencia" is a part of "ES" and of the whole; two cities, or a city and a region whose
 * containment no data gives, are apart. Never throws.
 */
export function relatePlaces(a: string | null | undefined, b: string | null | undefined, wholePlace: string | null = null): PlaceRelation {
  // A figure with no place is about the facet's whole: "30 Tote" in a facet about Bavaria is
  // Bavaria's, and "nearly 30 dead across Germany" contains it.
  const x = a ?? wholePlace;
  const y = b ?? wholePlace;
  if (x === y) return { kind: "same" };
  if (contains(x, y)) return { kind: "part", part: "b" };
  if (contains(y, x)) return { kind: "part", part: "a" };
  return { kind: "apart" };
}
