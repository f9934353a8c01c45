import type { ClaimRef, ContradictionGroup } from "@/lib/compare/group-contradictions";

/** A claim as the list names it: the quote stays on the facet's page. */
export type ListedClaim = Omit<ClaimRef, "quote">;
/** The list's data: the contradictions, and the names of the articles they name, by id. */
export type ListedContradictions = ReturnType<typeof listedContradictions>;
/** A contradiction as the list draws it. */
export type ListedContradiction = Omit<ContradictionGroup, "sides"> & { sides: { claimant: string; claimCount: number; claims: ListedClaim[] }[] };

/**
 * What the list needs of the page's contradictions, and no more: these props travel to the
 * browser in the page's RSC payload beside the HTML, so quotes are left out and only the named
 * claims' articles are labelled.
 */
export function listedContradictions(contradictions: readonly ContradictionGroup[], articleLabels: ReadonlyMap<string, string>) {
  const listed: ListedContradiction[] = contradictions.map((group) => ({
    ...group,
    sides: group.sides.map((side) => ({ claimant: side.claimant, claimCount: side.claimCount, claims: side.claims.map(({ quote: _quote, ...claim }) => claim) })),
  }));
  const named = new Set(listed.flatMap((g) => g.sides.flatMap((s) => s.claims.map((c) => c.articleId))));
  return { contradictions: listed, articleLabels: Object.fromEntries([...named].flatMap((id) => (articleLabels.has(id) ? [[id, articleLabels.get(id)!]] : []))) };
}

