import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { z } from "zod";
import { describeClaim } from "@/lib/claims/describe-claim";
import { findArticleForReader } from "@/lib/db/articles";
import { findClaimsForRevision } from "@/lib/db/claims";
import { findFacetOptions } from "@/lib/db/facets";
import { formatDate, formatDateTime, languageName } from "../../_components/format";
import { ArticleText } from "./article-text";
import { MarkClaimPanel } from "./mark-claim-panel";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const readerQuerySchema = z.object({
  articleId: z.uuid(),
  revision: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

async function loadArticle({ params, searchParams }: Props) {
  const query = readerQuerySchema.safeParse({ ...(await params), revision: (await searchParams).revision });
  const article = query.success ? await findArticleForReader(query.data.articleId, query.data.revision) : null;
  if (!article?.revision) notFound();
  return { ...article, revision: article.revision };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await loadArticle(props)).title };
}

export default async function ArticlePage(props: Props) {
  const user = await requireSignedIn();
  const article = await loadArticle(props);
  const { revision } = article;
  const latest = article.revisions[0]?.number;
  const isLatest = revision.number === latest;
  // Claims are marked on the current text, by people who may change things.
  const canMark = isLatest && hasRole(user.role, "editor");
  const [rows, facets] = await Promise.all([findClaimsForRevision(revision.id), findFacetOptions(article.event.id)]);
  const claims = rows.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end, status: claim.status, ...describeClaim(claim) }));

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article lang={article.language}>
        <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
          <Link href="/events">Events</Link> / <Link href={`/events/${article.event.slug}`}>{article.event.title}</Link> /
        </nav>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold">{article.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {article.outlet?.name ?? "Unknown outlet"} · {formatDate(article.publishedAt)} · {languageName(article.language)}
          {article.url ? (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" className="text-indigo-700 underline">
                original
              </a>
            </>
          ) : null}
        </p>
        {revision.number !== latest ? (
          <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            You are reading revision {revision.number}, an earlier version.{" "}
            <Link href={`/articles/${article.id}`} className="underline">
              Read the latest
            </Link>
            .
          </p>
        ) : null}
        <div className="mt-6 max-w-[68ch] font-serif text-lg leading-relaxed text-stone-800" data-testid="article-text">
          {canMark ? (
            <MarkClaimPanel revisionId={revision.id} facets={facets}>
              <ArticleText text={revision.text} title={article.title} claims={claims} />
            </MarkClaimPanel>
          ) : (
            <ArticleText text={revision.text} title={article.title} claims={claims} />
          )}
        </div>
        {claims.length > 0 ? (
          <p className="mt-2 max-w-[68ch] text-sm text-stone-500">
            Highlighted: {claims.length} {claims.length === 1 ? "claim" : "claims"} (amber: proposed, blue: confirmed,
            struck: rejected). Hover or focus one for its value, source and rule
            {canMark ? "; select words to mark a claim yourself" : ""}.
          </p>
        ) : canMark ? (
          <p className="mt-2 max-w-[68ch] text-sm text-stone-500">
            No claims found here yet. Press “Find claims” on the event page, or select words to mark one yourself.
          </p>
        ) : null}
      </article>

      <aside aria-labelledby="revisions-heading" className="lg:pt-10">
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
                <span className="block text-xs text-stone-500">imported {formatDateTime(r.createdAt)}</span>
                <span className="block font-mono text-xs text-stone-400" title={`SHA-256 ${r.contentHash}`}>
                  {r.contentHash.slice(0, 12)}
                </span>
              </Link>
            </li>
          ))}
        </ol>
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
  );
}
