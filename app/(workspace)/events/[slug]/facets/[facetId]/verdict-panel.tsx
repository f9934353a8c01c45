import Link from "next/link";
import type { findFacetVerdict } from "@/lib/db/verdicts";
import { FACET_STATE_LABEL, VERDICT_RATING_LABEL, type VerdictRating } from "@/lib/verdicts/schema";
import { Markdown } from "../../../../../_components/markdown";
import { formatDate } from "../../../../_components/format";
import { VerdictForm, WorkflowForm } from "./verdict-forms";
import { clipText } from "@/lib/text/clip-text";

const RATING_STYLE: Record<VerdictRating, string> = {
  true: "bg-[#009E73]/15 text-[#00694C] border-[#009E73]",
  "mostly-true": "bg-[#009E73]/10 text-[#00694C] border-[#009E73]",
  mixed: "bg-[#E69F00]/15 text-[#8A5A00] border-[#E69F00]",
  "mostly-false": "bg-[#D55E00]/10 text-[#A34400] border-[#D55E00]",
  false: "bg-[#D55E00]/15 text-[#A34400] border-[#D55E00]",
  unverifiable: "bg-stone-100 text-stone-700 border-stone-400",
  "no-contradiction": "bg-[#56B4E9]/15 text-[#1F5F85] border-[#56B4E9]",
};

type Props = {
  slug: string;
  facetId: string;
  fact: NonNullable<Awaited<ReturnType<typeof findFacetVerdict>>>;
  people: { id: string; name: string }[];
  canEdit: boolean;
};

const clip = (text: string, n = 70) => clipText(text, n);

/** The facet's fact-check: where it stands, who is on it, and its verdict with the evidence. */
export function VerdictPanel({ slug, facetId, fact, people, canEdit }: Props) {
  const { verdict } = fact;
  return (
    <section aria-labelledby="verdict-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="verdict-heading" className="text-lg font-semibold">
          Fact-check
        </h2>
        <p className="text-sm text-stone-600">
          <span className="font-medium">{FACET_STATE_LABEL[fact.state]}</span>
          {fact.assignee ? ` · assigned to ${fact.assignee.name}` : " · not assigned"}
        </p>
      </div>
      {canEdit ? (
        <div className="mt-3">
          <WorkflowForm slug={slug} facetId={facetId} version={fact.version} state={fact.state} assigneeId={fact.assignee?.id ?? null} people={people} />
        </div>
      ) : null}

      {verdict ? (
        <div className="mt-4 border-t border-stone-100 pt-4" data-testid="verdict">
          <p className="flex flex-wrap items-center gap-2">
            <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${RATING_STYLE[verdict.rating]}`}>{VERDICT_RATING_LABEL[verdict.rating]}</span>
            <span className="text-sm text-stone-500">
              by {verdict.authorName} · {formatDate(verdict.updatedAt)}
            </span>
          </p>
          <Markdown className="mt-2 max-w-3xl text-[15px] leading-relaxed text-stone-800">{verdict.explanation}</Markdown>
          {verdict.claims.length || verdict.notes.length ? (
            <div className="mt-3 grid gap-3 text-sm md:grid-cols-2">
              {verdict.claims.length ? (
                <div>
                  <h3 className="font-medium text-stone-700">Claims it rests on</h3>
                  <ul className="mt-1 space-y-1">
                    {verdict.claims.map((c) => (
                      <li key={c.id}>
                        <a href={`?claim=${c.id}#claim-${c.id}`} className="text-indigo-800">
                          “{clip(c.quote)}”
                        </a>{" "}
                        <span className="text-stone-500">{c.outlet ?? ""}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {verdict.notes.length ? (
                <div>
                  <h3 className="font-medium text-stone-700">Notes it rests on</h3>
                  <ul className="mt-1 space-y-1">
                    {verdict.notes.map((n) => (
                      <li key={n.id}>
                        <Link href={`/events/${slug}/notes#note-${n.id}`} className="text-indigo-800">
                          {n.authorName}: “{clip(n.quote, 50)}”
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : (
        <p className="mt-4 border-t border-stone-100 pt-4 text-sm text-stone-600">No verdict yet.</p>
      )}

      {canEdit ? (
        <div className="mt-4">
          <VerdictForm
            slug={slug}
            facetId={facetId}
            verdict={verdict ? { id: verdict.id, version: verdict.version, rating: verdict.rating, explanation: verdict.explanation } : null}
            evidence={{ claimIds: verdict?.claims.map((c) => c.id) ?? [], noteIds: verdict?.notes.map((n) => n.id) ?? [] }}
            startOpen={false}
          />
        </div>
      ) : null}
    </section>
  );
}
