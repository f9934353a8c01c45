import Link from "next/link";
import type { FacetView } from "@/lib/compare/build-facet-view";
import { RELATION_KIND_LABEL } from "../../_components/relation-style";

// Quadratic in the claims: a facet of 100 claims has 4,950 pairs, more than anyone reads here.
const MAX_SHOWN = 200;

const KIND_GLYPH = { conflicting: "≠", "changed-over-time": "↻", compatible: "≈", identical: "=", "different-scope": "⊂" } as const;
const KIND_ORDER = ["conflicting", "changed-over-time", "different-scope", "compatible", "identical"] as const;

/** Every pair of compared claims with its verdict and reason: contradictions first, by rank. */
export function RelationList({ facetHref, view }: { facetHref: string; view: FacetView }) {
  const ranked = view.contradictions.map((c) => c.relation);
  const rest = KIND_ORDER.flatMap((kind) => view.relations.filter((r) => r.kind === kind && kind !== "conflicting"));
  const all = [...ranked, ...rest];
  const cardOf = new Map(view.cards.map((c) => [c.id, c]));
  const name = (id: string) => {
    const card = cardOf.get(id);
    return card ? `${card.article.outlet ?? "?"} (${card.short})` : id;
  };
  return (
    <>
      <ol className="mt-3 space-y-2 text-sm">
        {all.slice(0, MAX_SHOWN).map((relation) => (
          <li key={`${relation.a}:${relation.b}`} className="rounded-md border border-stone-200 bg-white px-3 py-2">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span aria-hidden className="font-semibold">
                {KIND_GLYPH[relation.kind]}
              </span>
              <span className="font-semibold">{RELATION_KIND_LABEL[relation.kind]}</span>
              <span className="text-stone-600">
                <Link href={`#claim-${relation.a}`} className="text-indigo-800">
                  {name(relation.a)}
                </Link>{" "}
                and{" "}
                <Link href={`#claim-${relation.b}`} className="text-indigo-800">
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
      {all.length > MAX_SHOWN ? <p className="mt-2 text-sm text-stone-500">… and {all.length - MAX_SHOWN} more pairs; the contradictions come first.</p> : null}
    </>
  );
}
