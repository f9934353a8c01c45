import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findArticlesForEvent } from "@/lib/db/articles";
import { findEventBySlug } from "@/lib/db/events";
import { findFacetsForEvent } from "@/lib/db/facets";
import { eventSlugSchema } from "@/lib/events/schema";
import { EmptyState } from "../../_components/empty-state";
import { formatDate, languageName } from "../../_components/format";
import { FindClaimsButton } from "./find-claims-button";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function loadEvent(params: Props["params"]) {
  const slug = eventSlugSchema.safeParse((await params).slug);
  const event = slug.success ? await findEventBySlug(slug.data) : null;
  if (!event) notFound();
  return event;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadEvent(params)).title };
}

export default async function EventPage({ params }: Props) {
  const event = await loadEvent(params);
  const [articles, facets] = await Promise.all([findArticlesForEvent(event.id), findFacetsForEvent(event.id)]);

  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{event.title}</h1>
      {event.description ? <p className="mt-1 max-w-3xl text-stone-600">{event.description}</p> : null}

      <section className="mt-8" aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="text-lg font-semibold">
          Articles <span className="text-stone-500">({articles.length})</span>
        </h2>
        {articles.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="No articles in this event">
              Import some with <code className="font-mono">npm run cli -- import &lt;files&gt; --event {event.slug}</code>.
            </EmptyState>
          </div>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Article</th>
                  <th scope="col" className="px-4 py-2 font-medium">Outlet</th>
                  <th scope="col" className="px-4 py-2 font-medium">Published</th>
                  <th scope="col" className="px-4 py-2 font-medium">Language</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Revisions</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {articles.map((article) => (
                  <tr key={article.id} className="hover:bg-stone-50">
                    <td className="px-4 py-3">
                      <Link href={`/articles/${article.id}`} className="font-medium text-indigo-800">
                        {article.title}
                      </Link>
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap text-stone-700">
                      {article.outlet ? (
                        <>
                          {article.outlet.name}
                          {article.outlet.country ? <span className="text-stone-500"> · {article.outlet.country}</span> : null}
                        </>
                      ) : (
                        <span className="text-stone-400">unknown</span>
                      )}
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap text-stone-700">{formatDate(article.publishedAt)}</td>
                    <td className="px-4 py-3 text-stone-700">{languageName(article.language)}</td>
                    <td className="px-4 py-3 text-right tabular-nums text-stone-700">{article.revisionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="mt-10" aria-labelledby="facets-heading">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="facets-heading" className="text-lg font-semibold">
            Facets <span className="text-stone-500">({facets.length})</span>
          </h2>
          <FindClaimsButton slug={event.slug} articleCount={articles.length} />
        </div>
        {facets.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="No facets yet">
              Facets are the questions sources answer differently (how many soldiers, which date). Press “Find
              claims” to have them proposed from the articles.
            </EmptyState>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {facets.map((facet) => (
              <li key={facet.id} className="flex items-baseline justify-between px-4 py-3 text-sm">
                <Link href={`/events/${event.slug}/facets/${facet.id}`} className="font-medium text-indigo-800">
                  {facet.label}
                </Link>
                <span className="text-stone-500">
                  {facet.kind}
                  {facet.unit ? ` (${facet.unit})` : ""} · {facet.claimCount} {facet.claimCount === 1 ? "claim" : "claims"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
