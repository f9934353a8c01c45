import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { z } from "zod";
import { type FacetViewQuery, facetViewQuerySchema } from "@/lib/compare/facet-view-schema";
import { readFacetPage } from "@/lib/db/read-event-pages";
import { eventSlugSchema } from "@/lib/events/schema";
import { EmptyState } from "../../../../_components/empty-state";
import { PageLinks } from "../../../../_components/page-links";
import { RelationLegend } from "../../_components/relation-legend";
import { STATUS_LABEL } from "../../_components/relation-style";
import { ClaimCard } from "./claim-card";
import { ClaimKeys } from "./claim-keys";
import { ClaimPairView } from "./claim-pair";
import { ClaimReviewForms } from "./claim-review-form";
import { FacetReviewPanel } from "./facet-review-panel";
import { FacetTimeline } from "./facet-timeline";
import { RelationList } from "./relation-list";
import { VerdictPanel } from "./verdict-panel";

export const dynamic = "force-dynamic";

/** The cards' review and delete forms, for editors (a viewer's cards offer no buttons). */
function ReviewForms({ canEdit, slug, children }: { canEdit: boolean; slug: string; children: ReactNode }) {
  return canEdit ? <ClaimReviewForms slug={slug}>{children}</ClaimReviewForms> : children;
}

type Props = {
  params: Promise<{ slug: string; facetId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const paramsSchema = z.object({ slug: eventSlugSchema, facetId: z.uuid() });

async function load(params: Props["params"], query: FacetViewQuery) {
  const parsed = paramsSchema.safeParse(await params);
  const loaded = parsed.success ? await readFacetPage(parsed.data.slug, parsed.data.facetId, query) : null;
  if (!loaded) notFound();
  return loaded;
}

// Authorization before anything is read (see the event page).
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requireSignedIn();
  const { event, facet } = await load(params, facetViewQuerySchema.parse(await searchParams));
  return { title: `${facet.label} · ${event.title}` };
}

// GET /events/[slug]/facets/[facetId] – the claims of one facet side by side, with their differences.
export default async function FacetPage({ params, searchParams }: Props) {
  const user = await requireSignedIn();
  const canEdit = hasRole(user.role, "editor");
  const query = facetViewQuerySchema.parse(await searchParams);
  const { event, facet, otherFacets, claimVersions, claimCorrections, view, fact, people: assignable } = await load(params, query);
  const facetHref = `/events/${event.slug}/facets/${facet.id}`;
  const compared = view.cards.filter((c) => c.leftOutBecause === null);
  const leftOut = view.cards.filter((c) => c.leftOutBecause !== null);
  const comparedCount = view.comparedCount;
  const leftOutCount = view.choices.length - comparedCount;
  const pageHref = (n: number) => {
    const params = new URLSearchParams();
    if (query.base) params.set("base", query.base);
    if (n > 1) params.set("page", String(n));
    const search = params.toString();
    return `${facetHref}${search ? `?${search}` : ""}`;
  };
  const twoUp = query.view === "two" && view.pair;
  // The people a facet can be assigned to are in the loaded page for everyone; only editors are offered them.
  const people = canEdit ? assignable : [];

  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> / <Link href={`/events/${event.slug}`}>{event.title}</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{facet.label}</h1>
      <p className="mt-1 text-sm text-stone-600">
        <span className={view.status === "disputed" ? "font-semibold text-[#A34400]" : undefined}>{STATUS_LABEL[view.status]}</span> ·{" "}
        {facet.kind}
        {facet.unit ? ` (${facet.unit})` : ""} · {comparedCount} compared {comparedCount === 1 ? "claim" : "claims"}
        {leftOutCount ? ` · ${leftOutCount} not compared` : ""} · {view.voices.length} {view.voices.length === 1 ? "voice" : "voices"}
      </p>
      {facet.dismissedAt ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This facet was dismissed: it is hidden from the event and not proposed again.{canEdit ? " Restore it below to compare it again." : ""}
        </p>
      ) : null}

      {fact && !facet.dismissedAt ? <VerdictPanel slug={event.slug} facetId={facet.id} fact={fact} people={people} canEdit={canEdit} /> : null}

      <nav aria-label="Views" className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 pb-2 text-sm">
        <Link href={facetHref} aria-current={twoUp ? undefined : "page"} className={twoUp ? "text-indigo-800" : "font-semibold text-stone-900 no-underline"}>
          All claims side by side
        </Link>
        <Link
          href={`${facetHref}?view=two`}
          aria-current={twoUp ? "page" : undefined}
          className={twoUp ? "font-semibold text-stone-900 no-underline" : "text-indigo-800"}
        >
          Two claims, sentence by sentence
        </Link>
        <span className="ml-auto text-xs text-stone-500">
          Keys: <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> next/previous claim, <kbd className="font-mono">n</kbd>/
          <kbd className="font-mono">p</kbd> next/previous difference
        </span>
      </nav>

      {view.cards.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No claims in this facet">
            Press “Find claims” on the <Link href={`/events/${event.slug}`} className="text-indigo-800">event page</Link>, mark a claim by
            hand in an article, or move claims here from another facet.
          </EmptyState>
        </div>
      ) : twoUp && view.pair ? (
        <ClaimPairView facetHref={facetHref} pair={view.pair} cards={view.choices} />
      ) : (
        <>
          {view.voices.some((v) => v.claimIds.length > 1) ? (
            <p className="mt-4 text-sm text-stone-600">
              <span className="font-medium">One voice, several claims:</span>{" "}
              {view.voices
                .filter((v) => v.claimIds.length > 1)
                .map((v) => `${v.claimant} (${v.claimIds.length})`)
                .join(", ")}
              .
            </p>
          ) : null}
          <p className="mt-4 text-sm text-stone-600">
            Each quote is compared word by word with the base’s quote: <ins className="underline">added</ins> and{" "}
            <del className="line-through">removed</del> words are marked (not for quotes in another language than the base’s).
          </p>
          <RelationLegend className="mt-2" />
          {/* Each card is headed (h3) under this heading, so the outline has no gap. */}
          <h2 className="sr-only">Claims compared</h2>
          {view.cardPage.pageCount > 1 ? (
            <div className="mt-3 flex flex-wrap items-center gap-x-4 text-sm text-stone-600">
              <p className="mt-3">
                Claims {view.cardPage.first + 1}–{Math.min(view.cardPage.total, view.cardPage.first + view.cardPage.size)} of {view.cardPage.total}
              </p>
              <PageLinks page={view.cardPage.page} pageCount={view.cardPage.pageCount} hrefOf={pageHref} label="Pages of claims" />
            </div>
          ) : null}
          <ReviewForms canEdit={canEdit} slug={event.slug}>
            <div className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {compared.map((card) => (
                <ClaimCard key={card.id} slug={event.slug} facetHref={facetHref} card={card} baseId={view.baseId} version={claimVersions[card.id] ?? 1} canEdit={canEdit} correction={claimCorrections[card.id]} />
              ))}
            </div>
            {leftOut.length > 0 ? (
              <section aria-labelledby="left-out-heading" className="mt-8">
                <h2 id="left-out-heading" className="text-base font-semibold">
                  Not compared <span className="text-stone-500">({leftOutCount})</span>
                </h2>
                <p className="mt-1 text-sm text-stone-600">Rejected claims, and claims on earlier revisions of their article.</p>
                <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                  {leftOut.map((card) => (
                    <ClaimCard key={card.id} slug={event.slug} facetHref={facetHref} card={card} baseId={view.baseId} version={claimVersions[card.id] ?? 1} canEdit={canEdit} correction={claimCorrections[card.id]} />
                  ))}
                </div>
              </section>
            ) : null}
          </ReviewForms>
        </>
      )}

      {view.timeline ? (
        <section aria-labelledby="timeline-heading" className="mt-10">
          <h2 id="timeline-heading" className="text-lg font-semibold">
            Over time
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            Each claim’s range at the day it is given for (else the day it was published), at its hour when the words name one{view.cardPage.pageCount > 1 ? "; the claims on this page are labelled by who says it and link to their cards" : ", labelled by who says it"}.
          </p>
          <FacetTimeline timeline={view.timeline} label={facet.label} shown={new Set(view.cards.map((c) => c.id))} />
        </section>
      ) : null}

      {view.relations.length > 0 ? (
        <section aria-labelledby="relations-heading" className="mt-10">
          <h2 id="relations-heading" className="text-lg font-semibold">
            How the claims relate <span className="text-stone-500">({view.pairCount} {view.pairCount === 1 ? "pair" : "pairs"}, {view.contradictionCount} conflicting)</span>
          </h2>
          <RelationList facetHref={facetHref} view={view} />
        </section>
      ) : null}

      {canEdit ? (
        <section aria-labelledby="review-heading" className="mt-10 rounded-lg border border-stone-200 bg-stone-100/60 p-4">
          <h2 id="review-heading" className="text-lg font-semibold">
            Correct this facet
          </h2>
          <div className="mt-3">
            <FacetReviewPanel
              slug={event.slug}
              facet={{ id: facet.id, label: facet.label, kind: facet.kind, unit: facet.unit, dismissed: facet.dismissedAt !== null, version: facet.version }}
              otherFacets={otherFacets}
            />
          </div>
        </section>
      ) : null}
      <ClaimKeys />
    </>
  );
}
