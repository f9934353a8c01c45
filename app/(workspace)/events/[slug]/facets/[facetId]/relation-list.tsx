import Link from "next/link";
import type { FacetView } from "@/lib/compare/build-facet-view";
import { RELATION_KIND_LABEL } from "../../_components/relation-style";

const KIND_GLYPH = { conflicting: "≠", "changed-over-time": "↻", compatible: "≈", identical: "=", "different-scope": "⊂" } as const;

/**
 * The pairs that involve this page's claims, with their verdict and reason: their contradictions
 * first, by rank, then the other pairs among them (see buildFacetView).
 */
export function RelationList({ facetHref, view }: { facetHref: string; view: FacetView }) {
  const all = view.relations;
  const cardOf = new Map(view.choices.map((c) => [c.id, c]));
  const onPage = new Set(view.cards.map((c) => c.id));
  const anchor = (id: string) => (onPage.has(id) ? `#claim-${id}` : `${facetHref}?claim=${id}#claim-${id}`);
  const name = (id: string) => {
    const card = cardOf.get(id);
    return card ? `${card.article.outlet ?? "?"} (${card.short})` : id;
  };
  return (
    <>
      <ol className="mt-3 space-y-2 text-sm">
        {all.map((relation) => (
          <li key={`${relation.a}:${relation.b}`} className="rounded-md border border-stone-200 bg-white px-3 py-2">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span aria-hidden className="font-semibold">
                {KIND_GLYPH[relation.kind]}
              </span>
              <span className="font-semibold">{RELATION_KIND_LABEL[relation.kind]}</span>
              <span className="text-stone-600">
                <Link href={anchor(relation.a)} className="text-indigo-800">
                  {name(relation.a)}
                </Link>{" "}
                and{" "}
                <Link href={anchor(relation.b)} className="text-indigo-800">
                  {name(relation.b)}
                </Link>
              </span>
              <Link href={`${facetHref}?view=two&a=${relation.a}&b=${relation.b}`} className="ml-auto text-xs text-indigo-800">
                side by side
              </Link>
            </p>
            <p className="mt-0.5 text-stone-800">{relation.reason}</p>
          </li>
        ))}
      </ol>
      {view.pairCount > all.length ? (
        <p className="mt-2 text-sm text-stone-500">
          {all.length} of {view.pairCount} pairs: those of the claims on this page, the contradictions first.
        </p>
      ) : null}
    </>
  );
}
