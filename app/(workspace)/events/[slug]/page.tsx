import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { eventMatrixFiltersSchema } from "@/lib/compare/event-matrix-schema";
import { readEventOverview } from "@/lib/db/read-event-pages";
import { eventSlugSchema } from "@/lib/events/schema";
import { EmptyState } from "../../_components/empty-state";
import { formatDateTime } from "../../_components/format";
import { RelationLegend } from "./_components/relation-legend";
import { ArticlesTable } from "./articles-table";
import { ShareLinks } from "./share-links";
import { ContradictionList } from "./contradiction-list";
import { CopyGroups } from "./copy-groups";
import { EventMatrixGrid } from "./event-matrix";
import { ExportMenu } from "./export-menu";
import { EventSettings } from "./event-settings";
import { FactCheckProgress } from "./fact-check-progress";
import { FindClaimsButton } from "./find-claims-button";
import { MatrixFilters } from "./matrix-filters";
import { overviewHref, OverviewPageLinks } from "./overview-page-links";
import { overviewView } from "./overview-view";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function parseSlug(params: Props["params"]) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  return slug.data;
}

async function load({ params, searchParams }: Props) {
  const filters = eventMatrixFiltersSchema.parse(await searchParams);
  const loaded = await readEventOverview(await parseSlug(params), filters);
  if (!loaded) notFound();
  return { filters, loaded };
}

// Authorization before anything is read: a signed-out visitor gets the same redirect for every
// slug, so the title never leaks and a guessed slug is not confirmed.
export async function generateMetadata(props: Props): Promise<Metadata> {
  await requireSignedIn();
  const { loaded } = await load(props);
  return { title: loaded.event.title };
}

// GET /events/[slug] – the event overview: matrix, ranked contradictions, articles.
export default async function EventPage(props: Props) {
  const user = await requireSignedIn();
  const canEdit = hasRole(user.role, "editor");
  const { filters, loaded } = await load(props);
  // Share links are in the loaded page for everyone (it is shared between readers); only editors see them.
  const { event, articles, facets, page, copies, workflow } = loaded;
  const shareLinks = canEdit ? loaded.shareLinks : [];
  const { matrix } = page;
  const { incomplete, facetsWithoutRows, exportFacets, progress, reviewPage, shownReviewItems, articlePage, shownArticles, shownArticleRows, copyPage, contradictions } = overviewView(loaded, filters);
  const now = new Date();
  const hrefOf = (change: Parameters<typeof overviewHref>[2], anchor: string) => overviewHref(event.slug, filters, change, anchor);
  const filtered = filters.disputed || filters.language || filters.outlet;

  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{event.title}</h1>
      {event.description ? <p className="mt-1 max-w-3xl text-stone-600">{event.description}</p> : null}
      {canEdit ? <EventSettings slug={event.slug} title={event.title} description={event.description} version={event.version} /> : null}

      <div className="mt-5 flex flex-wrap items-center justify-between gap-3">
        {canEdit ? <FindClaimsButton slug={event.slug} articleCount={articles.length} /> : <span />}
        <div className="ml-auto flex flex-wrap items-center gap-5 text-sm font-medium">
          {canEdit ? (
            <Link href={`/events/${event.slug}/import`} className="text-indigo-800">
              Add articles
            </Link>
          ) : null}
          <ExportMenu slug={event.slug} facets={exportFacets} />
          <Link href={`/events/${event.slug}/history`} className="text-indigo-800">
            History
          </Link>
          {articles.length > 1 ? (
            <Link href={`/events/${event.slug}/compare`} className="text-indigo-800">
              Compare articles word by word →
            </Link>
          ) : null}
        </div>
      </div>

      {workflow.length > 0 ? (
        <FactCheckProgress
          slug={event.slug}
          progress={progress}
          items={shownReviewItems}
          firstRank={reviewPage.first + 1}
          pages={
            reviewPage.pageCount > 1 ? (
              <OverviewPageLinks label="Pages of facets to check" noun="facets" info={reviewPage} hrefOf={(n) => hrefOf({ review: n }, "progress-heading")} />
            ) : null
          }
        />
      ) : null}

      <section className="mt-8" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          Where the sources disagree
        </h2>
        <p id="matrix-help" className="mt-1 max-w-3xl text-sm text-stone-600">
          Each row is a question the articles answer, each column an article (by outlet, then date). A cell shows that
          article’s answer and how it stands with the others; open it to read the sentences side by side. Dashed: not yet
          reviewed.
        </p>
        {facets.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="No claims yet">
              {articles.length === 0
                ? "Import articles first; then press “Find claims” to have the figures, dates and names they report compared."
                : "Press “Find claims” above: the figures, dates and names the articles report are then proposed as facets and compared here."}
            </EmptyState>
          </div>
        ) : (
          <>
            <MatrixFilters slug={event.slug} filters={filters} languages={matrix.languages} outlets={matrix.outlets} />
            {matrix.rows.length === 0 ? (
              <div className="mt-3">
                <EmptyState title="Nothing to show with these filters">
                  {filters.disputed && matrix.hiddenFacetCount > 0
                    ? `None of the ${matrix.hiddenFacetCount} facet(s) answered by the shown articles is disputed among them. `
                    : "No claim of the shown articles answers a facet. "}
                  <Link href={`/events/${event.slug}`} className="text-indigo-800">
                    Clear the filters
                  </Link>
                  .
                </EmptyState>
              </div>
            ) : (
              <>
                <RelationLegend className="mt-4" />
                {page.columnPage.pageCount > 1 ? (
                  <OverviewPageLinks label="Articles shown as columns" noun="articles" info={page.columnPage} hrefOf={(n) => hrefOf({ columns: n }, "matrix-heading")} />
                ) : null}
                <EventMatrixGrid slug={event.slug} matrix={matrix} />
                {page.rowPage.pageCount > 1 ? (
                  <OverviewPageLinks label="Facets shown as rows" noun="facets" info={page.rowPage} hrefOf={(n) => hrefOf({ rows: n }, "matrix-heading")} />
                ) : null}
                {matrix.hiddenFacetCount > 0 ? (
                  <p className="mt-2 text-sm text-stone-500">
                    {matrix.hiddenFacetCount} facet(s) not disputed are hidden.
                  </p>
                ) : null}
              </>
            )}
            {facetsWithoutRows.length > 0 && !filtered ? (
              <p className="mt-3 text-sm text-stone-600">
                No claims to compare (all rejected or on earlier revisions):{" "}
                {facetsWithoutRows.map((facet, i) => (
                  <span key={facet.id}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/events/${event.slug}/facets/${facet.id}`} className="text-indigo-800">
                      {facet.label}
                    </Link>
                  </span>
                ))}
                .
              </p>
            ) : null}
          </>
        )}
      </section>

      {facets.length > 0 ? (
        <section className="mt-10" aria-labelledby="contradictions-heading">
          <h2 id="contradictions-heading" className="text-lg font-semibold">
            Contradictions <span className="text-stone-500">({page.contradictionPage.total})</span>
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-stone-600">
            Most important first: values far apart, stated firmly, by independent voices. Outlets repeating one claimant,
            or running one text, count as one voice.
          </p>
          {page.contradictionPage.total === 0 ? (
            <div className="mt-3">
              <EmptyState title="No contradictions among the shown articles">
                Their claims agree, differ only in scope, or changed over time. Open a facet to check the reasons.
              </EmptyState>
            </div>
          ) : (
            <>
              <ContradictionList
                slug={event.slug}
                firstRank={page.contradictionPage.first + 1}
                listed={contradictions}
              />
              {page.contradictionPage.first >= page.contradictionPage.total ? (
                <p className="mt-3 text-sm text-stone-600">
                  This page is past the last of them.{" "}
                  <Link className="text-indigo-800" href={hrefOf({ contradictions: 1 }, "contradictions-heading")}>
                    Show the first page
                  </Link>
                </p>
              ) : page.contradictionPage.pageCount > 1 ? (
                <OverviewPageLinks label="Pages of contradictions" noun="contradictions" info={page.contradictionPage} hrefOf={(n) => hrefOf({ contradictions: n }, "contradictions-heading")} />
              ) : null}
            </>
          )}
        </section>
      ) : null}

      {articles.length > 1 ? (
        <section className="mt-10" aria-labelledby="copies-heading">
          <h2 id="copies-heading" className="text-lg font-semibold">
            Copies <span className="text-stone-500">({copies.groups.length})</span>
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-stone-600">
            Articles that carry one text (agency copy run by several outlets, light rewrites of one source) are not
            independent: each group counts as one voice in the contradictions and as one source of a figure.
          </p>
          <CopyGroups slug={event.slug} canEdit={canEdit} copies={copies} articles={articles} groupPage={copyPage} joinable={shownArticles} />
          {copyPage.pageCount > 1 ? (
            <OverviewPageLinks label="Pages of copy groups" noun="copy groups" info={copyPage} hrefOf={(n) => hrefOf({ copies: n }, "copies-heading")} />
          ) : null}
        </section>
      ) : null}

      <section className="mt-10" aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="text-lg font-semibold">
          Articles <span className="text-stone-500">({articles.length})</span>
        </h2>
        {incomplete > 0 ? (
          <p className="mt-1 max-w-3xl text-sm text-amber-900">
            {incomplete} of {articles.length} {articles.length === 1 ? "article has" : "articles have"} no outlet or no date yet: the matrix and the timeline
            need both to tell the sources apart and put them in order.{canEdit ? " Set them on each article’s page." : ""}
          </p>
        ) : null}
        {articles.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="No articles in this event">
              {canEdit ? (
                <>
                  <Link href={`/events/${event.slug}/import`} className="text-indigo-800">
                    Add articles
                  </Link>{" "}
                  by pasting text, uploading files or giving their URLs, or import them with{" "}
                </>
              ) : (
                "Import some with "
              )}
              <code className="font-mono">npm run cli -- import &lt;files&gt; --event {event.slug}</code>.
            </EmptyState>
          </div>
        ) : (
          <>
            <ArticlesTable rows={shownArticleRows} canEdit={canEdit} />
            {articlePage.pageCount > 1 ? (
              <OverviewPageLinks label="Pages of articles" noun="articles" info={articlePage} hrefOf={(n) => hrefOf({ articles: n }, "articles-heading")} />
            ) : null}
          </>
        )}
      </section>

      {canEdit ? (
        <section className="mt-10" aria-labelledby="share-heading">
          <h2 id="share-heading" className="text-lg font-semibold">
            Share the report
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-stone-600">
            A read-only link shows this event’s report, and nothing else, to anyone who has it, until it expires or you
            revoke it.
          </p>
          <ShareLinks
            slug={event.slug}
            links={shareLinks.map((link) => ({
              id: link.id,
              createdAt: link.createdAt.toISOString(),
              expiresAt: link.expiresAt.toISOString(),
              revokedAt: link.revokedAt?.toISOString() ?? null,
              label: `Created ${formatDateTime(link.createdAt)}; ${
                link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : `valid until ${formatDateTime(link.expiresAt)}`
              }`,
            }))}
          />
        </section>
      ) : null}
    </>
  );
}
