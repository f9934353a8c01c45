"use client";

import Link from "next/link";
import { useMemo } from "react";
import { fromJsonProp, type JsonOf } from "../../_components/json-prop";
import type { ListedClaim, ListedContradictions } from "./listed-contradictions";
import { formatDate } from "../../_components/format";
import { RELATION_STYLE } from "./_components/relation-style";

const conflict = RELATION_STYLE.conflicts;

/**
 * The ranked contradictions: who disagrees with whom, why, and the claims on each side. A client
 * component only so that its markup is not repeated as elements in the page's RSC payload: its
 * compact props (see listedContradictions) are, as one JSON string (see json-prop).
 */
export function ContradictionList({
  slug,
  listed,
  firstRank = 1,
}: {
  slug: string;
  /** The contradictions, and each named article's name in this event (lib/articles/label-articles.ts), by id: see listedContradictions. */
  listed: JsonOf<ListedContradictions>;
  /** The rank of the first one shown (a later page of the list starts further down). */
  firstRank?: number;
}) {
  const { contradictions, articleLabels } = useMemo(() => fromJsonProp(listed), [listed]);
  return (
    <ol start={firstRank} className="mt-3 space-y-3">
      {contradictions.map((group, rank) => {
        const facetHref = `/events/${slug}/facets/${group.facet.id}`;
        const { top } = group;
        return (
          <li key={`${group.facet.id}:${top.a}:${top.b}`} className="rounded-lg border border-l-4 border-stone-200 border-l-[#D55E00] bg-white px-4 py-3">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="text-sm font-semibold tabular-nums text-stone-500">{firstRank + rank}.</span>
              <Link href={facetHref} className="font-medium text-indigo-800">
                {group.facet.label}
              </Link>
              <span className="text-sm text-stone-700">
                {group.independent ? (
                  <>
                    <strong>{group.sides[0]?.claimant}</strong> <span aria-hidden className={conflict.text}>≠</span>
                    <span className="sr-only">disagrees with</span> <strong>{group.sides[1]?.claimant}</strong>
                  </>
                ) : (
                  <>
                    <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-stone-700">One voice</span>{" "}
                    <strong>{group.sides[0]?.claimant}</strong> is quoted with values that cannot both be true: a misquote or an update?
                  </>
                )}
              </span>
              <span className="ml-auto text-xs text-stone-500" title="How far apart the values are, times how firmly they are stated, times whether the voices are independent">
                score {group.score.toFixed(2)}
              </span>
            </div>
            <p className="mt-1.5 text-sm text-stone-800">{group.reason}</p>
            <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
              {group.sides.map((side) => (
                <div key={side.claimant + side.claims[0]?.id}>
                  <p className="text-xs font-medium uppercase tracking-wide text-stone-500">
                    {side.claimant}
                    {side.claimCount > 1 ? ` · ${side.claimCount} claims` : ""}
                  </p>
                  <ul className="mt-0.5 space-y-0.5">
                    {side.claims.map((claim) => (
                      <li key={claim.id}>
                        <ClaimLink href={`/claims/${claim.id}`} claim={claim} label={articleLabels[claim.articleId]} />
                      </li>
                    ))}
                    {side.claimCount > side.claims.length ? (
                      <li className="text-stone-500">
                        and {side.claimCount - side.claims.length} more in{" "}
                        <Link href={facetHref} className="text-indigo-800">
                          the facet
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                </div>
              ))}
            </div>
            <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
              <Link href={`${facetHref}?view=two&a=${top.a}&b=${top.b}`} className="text-indigo-800">
                Read the two side by side
              </Link>
              {group.pairCount > 1 ? <span className="text-stone-500">{group.pairCount} conflicting pairs between these voices</span> : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function ClaimLink({ href, claim, label }: { href: string; claim: ListedClaim; label: string | undefined }) {
  return (
    <Link href={href} prefetch={false} className="text-stone-800 no-underline hover:underline">
      <span className="font-medium tabular-nums">{claim.short}</span>
      <span className="text-stone-500">
        {" "}
        — {label ?? `${claim.outlet ?? "no outlet"}, ${formatDate(claim.publishedAt ? new Date(claim.publishedAt) : null)}`}
        {claim.certainty !== "stated" ? `, ${claim.certainty}` : ""}
      </span>
    </Link>
  );
}
