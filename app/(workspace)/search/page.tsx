import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireSignedIn } from "@/lib/auth/session";
import { findSearchOptions } from "@/lib/db/search-options";
import { searchEverything } from "@/lib/db/search-everything";
import { type SearchQuery, searchQuerySchema } from "@/lib/search/schema";
import { EmptyState } from "../_components/empty-state";
import { SearchFilters } from "./search-filters";
import { SearchHitCard } from "./search-hit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KINDS = [
  { kind: undefined, label: "All" },
  { kind: "article", label: "Articles" },
  { kind: "claim", label: "Claims" },
  { kind: "note", label: "Notes" },
] as const;

/** The query string of this search with some parameters changed (undefined removes one). */
function withParams(query: Record<string, string | number | undefined>, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) if (value !== undefined && value !== "") params.set(key, String(value));
  return `/search?${params.toString()}`;
}

// GET /search – one search over articles, claims and notes, with filters.
export default async function SearchPage({ searchParams }: Props) {
  await requireSignedIn();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = raw.q === undefined ? null : searchQuerySchema.safeParse(raw);
  const query: Partial<SearchQuery> = parsed?.success ? parsed.data : {};
  const errors = parsed && !parsed.success ? z.flattenError(parsed.error).fieldErrors : {};
  const [options, results] = await Promise.all([
    findSearchOptions(query.event),
    parsed?.success ? searchEverything(parsed.data) : Promise.resolve(null),
  ]);
  const total = results ? results.counts.article + results.counts.claim + results.counts.note : 0;

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <p className="mt-1 max-w-3xl text-sm text-stone-600">
        Every article’s current text, the claims found in it and the editors’ notes. German and English words are found in
        any form (“Soldat” finds “Soldaten”), accents do not matter, and a name found nowhere is also looked for as the
        closest names that are. Quotes find a phrase, <code className="font-mono">or</code> either word,{" "}
        <code className="font-mono">-</code> leaves a word out.
      </p>
      <SearchFilters query={{ ...raw, ...query }} options={options} errors={errors} />

      {results ? (
        <section className="mt-6" aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <nav className="flex flex-wrap gap-2 text-sm" aria-label="Kind of result">
            {KINDS.map(({ kind, label }) => {
              const count = kind ? results.counts[kind] : total;
              const current = query.kind === kind;
              return (
                <Link
                  key={label}
                  href={withParams(raw, { kind, page: undefined })}
                  aria-current={current ? "page" : undefined}
                  className={`rounded-full border px-3 py-1 no-underline ${current ? "border-indigo-300 bg-indigo-50 text-indigo-900" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-50"}`}
                >
                  {label} <span className="tabular-nums text-stone-500">{results.counts.capped ? `${count.toLocaleString("en")}+` : count.toLocaleString("en")}</span>
                </Link>
              );
            })}
          </nav>
          {results.alsoSearchedFor.length > 0 ? (
            <p className="mt-3 text-sm text-stone-700" data-testid="also-searched-for">
              Also searched for the closest words found in the articles:{" "}
              {results.alsoSearchedFor.map((s, i) => (
                <span key={s.word}>
                  {i > 0 ? "; " : ""}
                  {s.suggestions.map((word) => `“${word}”`).join(", ")} for “{s.word}”
                </span>
              ))}
              .
            </p>
          ) : null}
          {results.hits.length === 0 ? (
            <div className="mt-4">
              <EmptyState title={`Nothing found for “${results.query}”`}>
                {query.kind || query.event || query.outlet || query.language || query.from || query.to || query.facet
                  ? "Try fewer filters, or other words."
                  : "Try other words, or fewer of them: every word must be found (except after “or”)."}
              </EmptyState>
            </div>
          ) : (
            <ol className="mt-4 space-y-3" aria-label={`Results for “${results.query}”`}>
              {results.hits.map((hit) => (
                <SearchHitCard key={`${hit.kind}:${hit.claim?.id ?? hit.note?.id ?? hit.article.id}`} hit={hit} />
              ))}
            </ol>
          )}
          {results.page > 1 || results.hasMore ? (
            <nav className="mt-4 flex gap-4 text-sm" aria-label="Pages of results">
              {results.page > 1 ? (
                <Link href={withParams(raw, { page: results.page - 1 })} className="text-indigo-800">
                  ← Previous page
                </Link>
              ) : null}
              <span className="text-stone-500">Page {results.page}</span>
              {results.hasMore ? (
                <Link href={withParams(raw, { page: results.page + 1 })} className="text-indigo-800">
                  Next page →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
