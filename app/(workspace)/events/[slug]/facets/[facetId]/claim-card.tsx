import Link from "next/link";
import type { FacetViewCard } from "@/lib/compare/build-facet-view";
import { formatDate } from "../../../../_components/format";
import { DiffText } from "../../_components/diff-text";
import { RELATION_KIND_LABEL, RELATION_STYLE } from "../../_components/relation-style";
import { ClaimDeleteForm, ClaimReviewForm } from "./claim-review-form";
import { MOVE_FORM_ID } from "./move-form-id";

const STATUS_STYLE = {
  proposed: "border-dashed border-stone-400 text-stone-600",
  confirmed: "border-[#009E73] text-[#00694C]",
  rejected: "border-[#D55E00] text-[#A34400] line-through",
} as const;

/** `version`: the claim's version as loaded, sent back by its forms; `canEdit`: offer the review controls. */
type Props = { slug: string; facetHref: string; card: FacetViewCard; baseId: string | null; version: number; canEdit: boolean };

/** One claim: its value, who says it and how firmly, its sentence with the quote diffed against the base. */
export function ClaimCard({ slug, facetHref, card, baseId, version, canEdit }: Props) {
  const isBase = card.id === baseId;
  const style = card.relation ? RELATION_STYLE[card.relation] : null;
  const readerHref = `/articles/${card.article.id}${card.revision.latest ? "" : `?revision=${card.revision.number}`}`;
  const title = `claim-${card.id}-title`;
  return (
    <article
      id={`claim-${card.id}`}
      data-claim
      tabIndex={-1}
      aria-labelledby={title}
      className={`scroll-mt-6 rounded-lg border border-t-4 bg-white p-4 target:ring-2 target:ring-indigo-500 focus:ring-2 focus:ring-indigo-500 focus:outline-none ${style ? style.border : "border-stone-300"} ${
        card.leftOutBecause ? "opacity-75" : ""
      }`}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={title} className="text-sm font-semibold">
            <Link href={readerHref} className="text-indigo-800">
              {card.article.outlet ?? "Unknown outlet"}
            </Link>
            <span className="font-normal text-stone-500"> · {formatDate(card.article.publishedAt ? new Date(card.article.publishedAt) : null)}</span>
          </h3>
          <p className="text-xs text-stone-500">
            {card.article.language.toUpperCase()} · revision {card.revision.number}
            {card.revision.latest ? "" : " (earlier)"}
          </p>
        </div>
        {style ? (
          <span className={`inline-flex items-center gap-1 rounded border-l-4 px-1.5 py-0.5 text-xs font-medium ${style.cell} ${style.text}`}>
            <span aria-hidden>{style.glyph}</span> {style.label}
          </span>
        ) : (
          <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-medium text-stone-700">
            not compared: {card.leftOutBecause === "rejected" ? "rejected" : "earlier revision"}
          </span>
        )}
      </header>

      <p className="mt-3 text-xl font-semibold tabular-nums">{card.short}</p>
      <p className="text-xs text-stone-500">read as {card.described}</p>

      <blockquote lang={card.article.language} className="mt-3 border-l-2 border-stone-200 pl-3 font-serif text-[15px] leading-relaxed text-stone-800">
        {card.context.before}
        <mark className="rounded-sm bg-[#F0E442]/45 px-0.5 text-inherit">
          <span className="sr-only">quoted claim: </span>
          <DiffText segments={card.quoteDiff} />
        </mark>
        {card.context.after}
      </blockquote>

      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-stone-500">Said by</dt>
        <dd>{card.attribution ?? <span>{card.article.outlet ?? "the article"} <span className="text-stone-500">(own reporting)</span></span>}</dd>
        <dt className="text-stone-500">Certainty</dt>
        <dd>{card.certainty}</dd>
        {card.scope || card.asOf ? (
          <>
            <dt className="text-stone-500">Scope</dt>
            <dd>
              {card.scope ? `in ${card.scope}` : ""}
              {card.scope && card.asOf ? ", " : ""}
              {card.asOf ? `as of ${formatDate(new Date(card.asOf))}` : ""}
            </dd>
          </>
        ) : null}
        <dt className="text-stone-500">Review</dt>
        <dd>
          <span className={`rounded border px-1 ${STATUS_STYLE[card.status]}`}>{card.status}</span>{" "}
          <span className="text-stone-500">
            by {card.origin === "machine" ? "extraction" : "a person"}
            {card.rule ? <span title={card.rule}> · rule {card.rule.length > 40 ? `${card.rule.slice(0, 39)}…` : card.rule}</span> : null}
          </span>
        </dd>
      </dl>

      {isBase ? (
        <p className="mt-3 text-xs font-medium text-stone-600">Base: the other quotes are compared with this one.</p>
      ) : card.toBase ? (
        <p className="mt-3 text-xs text-stone-700">
          <span className="font-medium">{RELATION_KIND_LABEL[card.toBase.kind]} with the base:</span> {card.toBase.reason}
        </p>
      ) : null}

      <footer className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-stone-100 pt-3 text-xs">
        {!isBase ? (
          <>
            <Link href={`${facetHref}?base=${card.id}#claim-${card.id}`} className="text-indigo-800">
              Use as base
            </Link>
            {baseId ? (
              <Link href={`${facetHref}?view=two&a=${baseId}&b=${card.id}`} className="text-indigo-800">
                Side by side with the base
              </Link>
            ) : null}
          </>
        ) : null}
        {canEdit ? (
          <>
            <label className="flex items-center gap-1.5">
              <input type="checkbox" name="claims" value={`${card.id}:${version}`} form={MOVE_FORM_ID} className="size-3.5 accent-indigo-700" />
              Select to move
            </label>
            <ClaimReviewForm slug={slug} claimId={card.id} status={card.status} version={version} />
            <ClaimDeleteForm slug={slug} claimId={card.id} version={version} />
          </>
        ) : null}
      </footer>
    </article>
  );
}
