import type { FacetView } from "@/lib/compare/build-facet-view";
import { type ListedRelation, RelationListView } from "./relation-list-view";

/**
 * The pairs that involve this page's claims, with their verdict and reason: their contradictions
 * first, by rank, then the other pairs among them (see buildFacetView). Drawn by a client list
 * from compact data, so the pairs are not carried twice (as HTML and as an element tree).
 */
export function RelationList({ facetHref, view }: { facetHref: string; view: FacetView }) {
  const all = view.relations;
  const cardOf = new Map(view.choices.map((c) => [c.id, c]));
  const names: Record<string, string> = {};
  for (const relation of all) {
    for (const id of [relation.a, relation.b]) {
      const card = cardOf.get(id);
      if (card && !(id in names)) names[id] = `${card.article.outlet ?? "?"} (${card.short})`;
    }
  }
  return (
    <>
      <RelationListView
        facetHref={facetHref}
        relations={all.map((r): ListedRelation => [r.a, r.b, r.kind, r.reason])}
        names={names}
        onPage={view.cards.map((c) => c.id)}
      />
      {view.pairCount > all.length ? (
        <p className="mt-2 text-sm text-stone-500">
          {all.length} of {view.pairCount} pairs: those of the claims on this page, the contradictions first.
        </p>
      ) : null}
    </>
  );
}
