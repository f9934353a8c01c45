"use client";

import Link from "next/link";
import type { ClaimRelation } from "@/lib/compare/schema";
import { RELATION_KIND_LABEL } from "../../_components/relation-style";

const KIND_GLYPH = { conflicting: "≠", "changed-over-time": "↻", compatible: "≈", identical: "=", "different-scope": "⊂" } as const;

/** One listed pair: its two claims' ids, its verdict and the reason in words. */
export type ListedRelation = readonly [a: string, b: string, kind: ClaimRelation["kind"], reason: string];

/**
 * The listed pairs, drawn from compact data (see RelationList): `names` names each claim
 * ("Outlet (fast 10.000)"), `onPage` are the claims whose cards this page shows.
 */
export function RelationListView({ facetHref, relations, names, onPage }: { facetHref: string; relations: ListedRelation[]; names: Record<string, string>; onPage: string[] }) {
  const shown = new Set(onPage);
  const anchor = (id: string) => (shown.has(id) ? `#claim-${id}` : `${facetHref}?claim=${id}#claim-${id}`);
  return (
    <ol className="mt-3 space-y-2 text-sm">
      {relations.map(([a, b, kind, reason]) => (
        <li key={`${a}:${b}`} className="rounded-md border border-stone-200 bg-white px-3 py-2">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span aria-hidden className="font-semibold">
              {KIND_GLYPH[kind]}
            </span>
            <span className="font-semibold">{RELATION_KIND_LABEL[kind]}</span>
            <span className="text-stone-600">
              <Link href={anchor(a)} className="text-indigo-800">
                {names[a] ?? a}
              </Link>{" "}
              and{" "}
              <Link href={anchor(b)} className="text-indigo-800">
                {names[b] ?? b}
              </Link>
            </span>
            <Link href={`${facetHref}?view=two&a=${a}&b=${b}`} className="ml-auto text-xs text-indigo-800">
              side by side
            </Link>
          </p>
          <p className="mt-0.5 text-stone-800">{reason}</p>
        </li>
      ))}
    </ol>
  );
}
