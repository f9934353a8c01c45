import type { ClaimValue } from "@/lib/claims/schema";

/**
 * The value without its unit when that is the facet's own: the facet names its unit once, and
 * repeating it after every figure ("fast 10.000 troops") would mix the article's language with
 * the facet's English. A different unit stays, since it is news. Never throws.
 */
export function withoutUnit(value: ClaimValue, facetUnit: string | null | undefined): ClaimValue {
  if (value.kind !== "quantity" || !value.unit || value.unit !== facetUnit) return value;
  const { unit: _unit, ...rest } = value;
  return rest;
}
