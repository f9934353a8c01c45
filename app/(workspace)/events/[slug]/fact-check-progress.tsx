"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { ReviewItem, ReviewProgress } from "@/lib/verdicts/order-for-review";
// The labels module, not the schema: a client component must not bring zod (its eval probe breaks the CSP).
import { FACET_STATE_LABEL, VERDICT_RATING_LABEL, type FacetState } from "@/lib/verdicts/labels";

const STATE_STYLE: Record<FacetState, string> = {
  open: "bg-stone-300",
  "in-review": "bg-[#E69F00]",
  resolved: "bg-[#009E73]",
};

/**
 * Where the event's fact-check stands: how many facets are open, in review, resolved, and which to
 * take next (a page of them, in the order of orderForReview; `pages` are the links to the others).
 * A client component only so that its markup is not repeated as elements in the page's RSC
 * payload: its items (one small object per facet) are.
 */
export function FactCheckProgress({
  slug,
  progress,
  items,
  firstRank = 1,
  pages,
}: {
  slug: string;
  progress: ReviewProgress;
  items: ReviewItem[];
  /** The place of the first item shown in the whole list. */
  firstRank?: number;
  pages?: ReactNode;
}) {
  const states = Object.keys(FACET_STATE_LABEL) as FacetState[];
  return (
    <section className="mt-8" aria-labelledby="progress-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="progress-heading" className="text-lg font-semibold">
          Fact-check
        </h2>
        <Link href={`/events/${slug}/notes`} className="text-sm font-medium text-indigo-800">
          Editors’ notes →
        </Link>
      </div>
      <p className="mt-1 text-sm text-stone-600">
        {states.map((state, i) => (
          <span key={state}>
            {i > 0 ? " · " : ""}
            <span className={`mr-1 inline-block size-2.5 rounded-sm ${STATE_STYLE[state]}`} aria-hidden />
            {progress[state]} {FACET_STATE_LABEL[state].toLowerCase()}
          </span>
        ))}{" "}
        of {progress.total} {progress.total === 1 ? "facet" : "facets"}
      </p>
      {progress.total > 0 ? (
        <div className="mt-2 flex h-2 max-w-xl overflow-hidden rounded-full bg-stone-200" role="img" aria-label={`${progress.resolved} of ${progress.total} facets resolved`}>
          {states.map((state) => (
            <span key={state} className={STATE_STYLE[state]} style={{ width: `${(100 * progress[state]) / progress.total}%` }} />
          ))}
        </div>
      ) : null}
      {items.length > 0 ? (
        <ol start={firstRank} className="mt-3 max-w-4xl divide-y divide-stone-100 rounded-md border border-stone-200 bg-white text-sm" aria-label="Facets, disputed ones without a verdict first">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
              <Link href={`/events/${slug}/facets/${item.id}`} className="font-medium text-stone-900">
                {item.label}
              </Link>
              {item.disputed ? <span className="rounded bg-[#D55E00]/10 px-1.5 text-xs font-medium text-[#A34400]">disputed</span> : null}
              <span className="ml-auto text-xs text-stone-600">
                {FACET_STATE_LABEL[item.state]}
                {item.assignee ? ` · ${item.assignee}` : ""} ·{" "}
                {item.rating ? <span className="font-medium text-stone-800">{VERDICT_RATING_LABEL[item.rating]}</span> : <span className="italic">no verdict</span>}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {pages}
    </section>
  );
}
