import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatValue } from "@/lib/compare";
import { findEventSlugByShareToken } from "@/lib/db/share-links";
import { loadEventExport } from "@/lib/db/load-event-export";
import { shareTokenSchema } from "@/lib/share/share-token";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Shared report", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

// GET /share/[token] – one event's report, read-only, for whoever holds a live share link.
export default async function SharedReportPage({ params }: Props) {
  const token = shareTokenSchema.safeParse((await params).token);
  const slug = token.success ? await findEventSlugByShareToken(token.data) : null;
  const report = slug ? await loadEventExport(slug) : null;
  if (!report) notFound();
  const articles = new Map(report.articles.map((a) => [a.id, a]));

  return (
    <article>
      <p className="text-sm text-stone-500">Read-only report shared from Claimdiff</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{report.event.title}</h1>
      {report.event.description ? <p className="mt-1 max-w-3xl text-stone-600">{report.event.description}</p> : null}
      <p className="mt-2 text-sm text-stone-500">
        {report.articles.length} articles · {report.facets.length} questions compared
      </p>

      {report.facets.map((facet) => {
        const conflicts = facet.relations.filter((r) => r.kind === "conflicting");
        const quoteOf = (id: string) => facet.claims.find((c) => c.id === id)?.quote ?? "";
        return (
          <section key={facet.id} className="mt-8" aria-labelledby={`facet-${facet.id}`}>
            <h2 id={`facet-${facet.id}`} className="text-lg font-semibold">
              {facet.label}{" "}
              <span className={`text-sm font-medium ${conflicts.length ? "text-orange-800" : "text-stone-500"}`}>
                {conflicts.length ? `disputed (${conflicts.length} contradiction${conflicts.length === 1 ? "" : "s"})` : "no contradiction"}
              </span>
            </h2>
            <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
              {facet.claims
                .filter((claim) => claim.status !== "rejected")
                .map((claim) => {
                  const article = articles.get(claim.articleId);
                  return (
                    <li key={claim.id} className="px-4 py-2.5">
                      <span className="font-medium">{formatValue(claim.value, article?.language)}</span> ·{" "}
                      <q lang={article?.language}>{claim.quote}</q>
                      <span className="block text-stone-500">
                        {article?.outlet?.name ?? "Unknown outlet"}
                        {article?.publishedAt ? `, ${article.publishedAt}` : ""}
                        {claim.attribution ? ` · said by ${claim.attribution}` : ""} · {claim.certainty}
                      </span>
                    </li>
                  );
                })}
            </ul>
            {conflicts.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-6 text-sm text-stone-700">
                {conflicts.map((relation) => (
                  <li key={`${relation.a}-${relation.b}`} title={`${quoteOf(relation.a)} / ${quoteOf(relation.b)}`}>
                    {relation.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}
