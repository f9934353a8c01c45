import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { z } from "zod";
import { pageOfParagraphs } from "@/lib/articles";
import { formatCount } from "@/lib/articles/format-count";
import { describeClaim } from "@/lib/compare/describe-claim";
import { annotationFiltersSchema } from "@/lib/annotations/schema";
import { findAnnotationFacets, findAnnotationsForArticle } from "@/lib/db/annotations";
import { findArticleForReader } from "@/lib/db/articles";
import { findClaimsForRevision } from "@/lib/db/claims";
import { findFacetOptions } from "@/lib/db/facets";
import { parseReaderPlace } from "@/lib/search/reader-place";
import { findOutletOptions } from "@/lib/db/outlets";
import { domainOf } from "@/lib/articles/domain-of";
import { formatDate, formatDateTime, languageName } from "../../_components/format";
import { PageLinks } from "../../_components/page-links";
import { ArticleText } from "./article-text";
import { MetadataForm } from "./metadata-form";
import { CompareRevisionsForm } from "./compare-revisions-form";
import { linkOptions } from "../../_components/notes/link-options";
import { NotesSidebar } from "./notes-sidebar";
import { SelectionPanel } from "./selection-panel";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const readerQuerySchema = z.object({
  articleId: z.uuid(),
  revision: z.coerce.number().int().min(1).max(1_000_000).optional(),
  // A long article is read a page at a time; `at` (a place, "start-end", as search links give it)
  // opens the page holding it.
  page: z.coerce.number().int().min(1).max(10_000_000).optional(),
  at: z.string().max(40).optional(),
});

async function loadArticle({ params, searchParams }: Props) {
  const { revision, page, at } = await searchParams;
  const query = readerQuerySchema.safeParse({ ...(await params), revision, page, at });
  const article = query.success ? await findArticleForReader(query.data.articleId, query.data.revision) : null;
  if (!query.success || !article?.revision) notFound();
  return { ...article, revision: article.revision, query: query.data };
}

// The sign-in check comes first: a visitor who may not read the article learns nothing of it,
// not even whether it exists.
export async function generateMetadata(props: Props): Promise<Metadata> {
  await requireSignedIn();
  return { title: (await loadArticle(props)).title };
}

export default async function ArticlePage(props: Props) {
  const user = await requireSignedIn();
  const article = await loadArticle(props);
  const { revision, query } = article;
  const latest = article.revisions[0]?.number;
  const isLatest = revision.number === latest;
  // Claims are marked, and notes written, on the current text, by people who may change things.
  const canEdit = hasRole(user.role, "editor");
  const canMark = isLatest && canEdit;
  const filters = annotationFiltersSchema.catch({}).parse(await props.searchParams);
  // A search result links here with `?at=start-end#hit`: that place is marked, its page shown and scrolled to.
  const place = parseReaderPlace(query.at);
  const page = pageOfParagraphs(revision.text, place ? { at: place.start } : { page: query.page ?? 1 });
  if (page.items.length === 0 && page.page > 1) notFound();
  const onPage = { start: page.items[0]?.start ?? 0, end: page.items.at(-1)?.end ?? 0 };
  const [rows, facets, outlets, annotations, noteOptions] = await Promise.all([
    findClaimsForRevision(revision.id, onPage),
    findFacetOptions(article.event.id),
    canEdit ? findOutletOptions() : Promise.resolve([]),
    findAnnotationsForArticle(article.id, revision.id),
    findAnnotationFacets(article.event.id),
  ]);
  const urlDomain = article.url ? domainOf(article.url) : undefined;
  const newDomain = urlDomain && !outlets.some((o) => o.domain === urlDomain) ? urlDomain : null;
  const missing = [article.outlet ? null : "outlet", article.publishedAt ? null : "publication date"].filter(Boolean);
  const claims = rows.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end, status: claim.status, ...describeClaim(claim) }));
  const links = linkOptions(rows, facets);
  // Numbered in reading order before filtering, so a note keeps its number whatever is shown.
  const numbered = annotations.pinned.map((note, index) => ({ note, number: index + 1 }));
  const shown = numbered.filter(
    ({ note }) =>
      (!filters.tag || note.tags.includes(filters.tag)) && (!filters.author || note.author.name === filters.author) && (!filters.stance || note.stance === filters.stance),
  );
  const passages = shown.map(({ note, number }) => ({ id: note.id, start: note.position.start, end: note.position.end, number, anchor: note.anchor.state, resolved: note.resolved }));
  const text = <ArticleText paragraphs={page.items} title={article.title} claims={claims} notes={passages} place={place} />;
  const articleHref = `/articles/${article.id}`;
  const pageHref = (number: number) =>
    `/articles/${article.id}?${new URLSearchParams({ ...(query.revision ? { revision: String(query.revision) } : {}), page: String(number) })}`;
  // Two sets of page links (above and below the text), each named, so landmarks stay distinct.
  const pages = (label: string) =>
    page.pageCount > 1 ? <PageLinks page={page.page} pageCount={page.pageCount} hrefOf={pageHref} label={label} /> : null;

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article lang={article.language}>
        <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
          <Link href="/events">Events</Link> / <Link href={`/events/${article.event.slug}`}>{article.event.title}</Link> /
        </nav>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold">{article.title}</h1>
        <p className="mt-2 text-sm text-stone-600" id="metadata">
          {article.outlet?.name ?? <span className="text-amber-800">no outlet</span>} ·{" "}
          {article.publishedAt ? formatDate(article.publishedAt) : <span className="text-amber-800">undated</span>} · {languageName(article.language)}
          {article.author ? ` · by ${article.author}` : ""}
          {article.url ? (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" className="text-indigo-700 underline">
                original
              </a>
            </>
          ) : null}
        </p>
        {missing.length > 0 ? (
          <p role="note" className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            This article has no {missing.join(" and no ")} yet, so the event’s matrix and timeline cannot place it among the others.
            {canEdit ? " Set it below." : " An editor can set it."}
          </p>
        ) : null}
        {canEdit ? (
          <MetadataForm
            articleId={article.id}
            version={article.version}
            title={article.title}
            url={article.url}
            outletId={article.outlet?.id ?? null}
            publishedAt={article.publishedAt?.toISOString().slice(0, 10) ?? null}
            language={article.language}
            author={article.author}
            outlets={outlets}
            newDomain={newDomain}
            open={missing.length > 0}
          />
        ) : null}
        {revision.number !== latest ? (
          <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            You are reading revision {revision.number}, an earlier version.{" "}
            <Link href={articleHref} className="underline">
              Read the latest
            </Link>
            .
          </p>
        ) : null}
        {page.pageCount > 1 ? (
          <p className="mt-4 max-w-[68ch] text-sm text-stone-600">
            This article is long, so it is shown a page at a time: paragraphs {formatCount(page.itemsBefore + 1)}–
            {formatCount(page.itemsBefore + page.items.length)} of {formatCount(page.total)}.
          </p>
        ) : null}
        {pages("Pages of this article")}
        <div className="mt-6 max-w-[68ch] font-serif text-lg leading-relaxed text-stone-800" data-testid="article-text">
          {canMark ? (
            <SelectionPanel text={revision.text.slice(onPage.start, onPage.end)} offset={onPage.start} revisionId={revision.id} facets={facets} links={links}>
              {text}
            </SelectionPanel>
          ) : (
            text
          )}
        </div>
        {pages("Pages of this article, below the text")}
        {claims.length > 0 ? (
          <p className="mt-2 max-w-[68ch] text-sm text-stone-600">
            Highlighted{page.pageCount > 1 ? " on this page" : ""}: {claims.length} {claims.length === 1 ? "claim" : "claims"} (amber: proposed, blue: confirmed,
            struck: rejected); underlined in green: passages with notes. Hover or focus a claim for its value, source and rule
            {canMark ? "; select words to write a note or mark a claim yourself" : ""}.
          </p>
        ) : canMark ? (
          <p className="mt-2 max-w-[68ch] text-sm text-stone-500">
            No claims found here yet. Press “Find claims” on the event page, or select words to write a note or mark a claim yourself.
          </p>
        ) : null}
      </article>

      <div className="space-y-8 lg:pt-10">
        <NotesSidebar
          slug={article.event.slug}
          articleHref={isLatest ? articleHref : `${articleHref}?revision=${revision.number}`}
          notes={shown}
          orphans={annotations.orphans}
          filters={filters}
          options={noteOptions}
          links={links}
          canEdit={canEdit}
        />
      <aside aria-labelledby="revisions-heading">
        <h2 id="revisions-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
          Revisions
        </h2>
        <ol className="mt-3 space-y-2 text-sm">
          {article.revisions.map((r) => (
            <li key={r.id}>
              <Link
                href={r.number === latest ? `/articles/${article.id}` : `/articles/${article.id}?revision=${r.number}`}
                aria-current={r.number === revision.number ? "page" : undefined}
                className={`block rounded-md border px-3 py-2 no-underline ${
                  r.number === revision.number ? "border-indigo-300 bg-indigo-50" : "border-stone-200 bg-white hover:bg-stone-50"
                }`}
              >
                <span className="font-medium">
                  Revision {r.number}
                  {r.number === latest ? " (latest)" : ""}
                </span>
                <span className="block text-xs text-stone-600">imported {formatDateTime(r.createdAt)}</span>
                <span className="block font-mono text-xs text-stone-600" title={`SHA-256 ${r.contentHash}`}>
                  {r.contentHash.slice(0, 12)}
                </span>
              </Link>
            </li>
          ))}
        </ol>
        {article.revisions.length > 1 ? (
          <CompareRevisionsForm
            action={`/events/${article.event.slug}/compare`}
            articleId={article.id}
            numbers={article.revisions.map((r) => r.number)}
            left={revision.number === latest ? (article.revisions[1]?.number ?? revision.number) : revision.number}
            right={latest ?? revision.number}
          />
        ) : null}
        {article.revisions.length > 1 ? (
          <p className="mt-3 text-sm">
            {/* The revision read here against the latest, or, on the latest, against the one before it. */}
            <Link
              href={`/events/${article.event.slug}/compare?a=${article.id}&ar=${
                revision.number === latest ? (article.revisions[1]?.number ?? revision.number) : revision.number
              }&b=${article.id}&br=${latest}`}
              className="text-indigo-800"
            >
              Compare revisions word by word
            </Link>
          </p>
        ) : null}
      </aside>
      </div>
    </div>
  );
}
