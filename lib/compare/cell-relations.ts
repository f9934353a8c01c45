import type { ClaimRelation, RelationKind } from "./schema";

/**
 * How one claim stands with the others of its facet, strongest first: it conflicts with one, it
 * differs from one only because time passed, it agrees with one of another article, it differs
 * from the others only in scope, or no other article answers the facet ("only").
 */
export type CellRelation = "conflicts" | "changed" | "agrees" | "scope" | "only";
const STRENGTH: readonly CellRelation[] = ["conflicts", "changed", "agrees", "scope", "only"];

const CELL_RELATION: Record<RelationKind, CellRelation> = {
  conflicting: "conflicts",
  "changed-over-time": "changed",
  identical: "agrees",
  compatible: "agrees",
  "different-scope": "scope",
};
// Two claims of one article that agree (a headline repeating the text) say nothing about other
// sources, so agreement and scope count only across articles; a conflict or a change within one
// article is still worth a look.
const COUNTS_WITHIN_ARTICLE = new Set<RelationKind>(["conflicting", "changed-over-time"]);

/** The stronger of two standings; `null` (no claim) is weaker than any. */
export function strongestRelation(a: CellRelation | null | undefined, b: CellRelation): CellRelation {
  return a == null || STRENGTH.indexOf(b) < STRENGTH.indexOf(a) ? b : a;
}

/**
 * Each claim's standing from the pairwise relations of its facet: the strongest relation it has
 * with a claim of another article (or a conflict or change within its own). Claims that appear in
 * no such relation are "only". Never throws.
 */
export function cellRelations(
  claims: readonly { id: string; articleId: string }[],
  relations: readonly ClaimRelation[],
): Map<string, CellRelation> {
  const articleOf = new Map(claims.map((c) => [c.id, c.articleId]));
  const result = new Map<string, CellRelation>(claims.map((c) => [c.id, "only"]));
  const touched = new Map<string, CellRelation>();
  for (const relation of relations) {
    const sameArticle = articleOf.get(relation.a) === articleOf.get(relation.b);
    if (sameArticle && !COUNTS_WITHIN_ARTICLE.has(relation.kind)) continue;
    const kind = CELL_RELATION[relation.kind];
    for (const id of [relation.a, relation.b]) touched.set(id, strongestRelation(touched.get(id), kind));
  }
  for (const [id, kind] of touched) result.set(id, kind);
  return result;
}
