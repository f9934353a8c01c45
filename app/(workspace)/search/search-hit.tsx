import Link from "next/link";
import type { SearchHit, Segment } from "@/lib/search/schema";
import { formatDate, languageName } from "../_components/format";

const KIND_LABEL: Record<SearchHit["kind"], string> = { article: "Article", claim: "Claim", note: "Note" };
const KIND_STYLE: Record<SearchHit["kind"], string> = {
  article: "bg-stone-100 text-stone-700",
  claim: "bg-amber-100 text-amber-900",
  note: "bg-emerald-100 text-emerald-900",
};

/** Text with the matched words marked; rendered as text, never as HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** One result: where it is (article, outlet, date, event), its sentence, and for a claim or note what it is. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium uppercase tracking-wide ${KIND_STYLE[hit.kind]}`}>{KIND_LABEL[hit.kind]}</span>
        <Link href={hit.href} className="font-medium text-indigo-800">
          {hit.article.title}
        </Link>
        <span className="text-stone-600">
          {hit.article.outlet ?? "Unknown outlet"} · {formatDate(hit.article.publishedAt ? new Date(hit.article.publishedAt) : null)} ·{" "}
          {languageName(hit.article.language)} ·{" "}
          <Link href={`/events/${hit.event.slug}`} className="text-stone-600 underline decoration-stone-300">
            {hit.event.title}
          </Link>
        </span>
      </div>
      <blockquote lang={hit.article.language} className="mt-2 border-l-2 border-stone-200 pl-3 font-serif text-stone-800">
        <Link href={hit.href} className="text-inherit no-underline hover:underline" aria-label={`Read this in “${hit.article.title}”`}>
          <Highlighted segments={hit.sentence} />
        </Link>
      </blockquote>
      {hit.claim ? (
        <p className="mt-2 text-sm text-stone-600">
          {hit.claim.facet ? (
            <>
              Facet{" "}
              <Link href={`/events/${hit.event.slug}/facets/${hit.claim.facet.id}`} className="text-indigo-800">
                {hit.claim.facet.label}
              </Link>
            </>
          ) : (
            "Not filed under a facet"
          )}{" "}
          · {hit.claim.status}
        </p>
      ) : null}
      {hit.note ? (
        <div className="mt-2 rounded-md bg-emerald-50 px-3 py-2 text-sm text-stone-800">
          <span className="font-medium text-emerald-900">Note: </span>
          <Highlighted segments={hit.note.body} />
          {hit.note.tags.length ? <span className="ml-2 text-xs text-emerald-800">{hit.note.tags.map((t) => `#${t}`).join(" ")}</span> : null}
        </div>
      ) : null}
    </li>
  );
}
