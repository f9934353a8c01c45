"use client";

import Link from "next/link";
import type { AsOf, Certainty, ClaimValue, FigureStatus, ReviewStatus } from "@/lib/claims/schema";
import type { FacetViewCard } from "@/lib/compare/build-facet-view";
import { DiffText } from "../../_components/diff-text";
import { RELATION_KIND_LABEL, RELATION_STYLE } from "../../_components/relation-style";
import { ClaimCorrectionForm, ConfirmClaimPlaceForm } from "./claim-correction-form";
import { ClaimDeleteButton, ClaimReviewButtons } from "./claim-review-form";
import { MOVE_FORM_ID } from "./move-form-id";

const STATUS_STYLE = {
  proposed: "border-dashed border-stone-400 text-stone-600",
  confirmed: "border-[#009E73] text-[#00694C]",
  rejected: "border-[#D55E00] text-[#A34400] line-through",
} as const;

/**
 * One claim card as the browser gets it: the card's own fields, its words already formatted on
 * the server (see ClaimCard), so that each card travels once as data rather than as an element
 * tree beside its HTML.
 */
export type ClaimCardData = Pick<FacetViewCard, "id" | "quote" | "short" | "described" | "relation" | "leftOutBecause" | "toBase" | "quoteDiff" | "attribution" | "certainty" | "origin" | "rule"> & {
  status: ReviewStatus;
  /** The outlet, else the shortened headline; `hasOutlet` false marks the second. */
  source: string;
  hasOutlet: boolean;
  outlet: string | null;
  date: string;
  language: string;
  readerHref: string;
  revision: { number: number; latest: boolean };
  /** The sentence around the quote. */
  before: string;
  after: string;
  /** "in Valencia, as of 16 Dec 2024", or null. */
  scope: string | null;
  /** The stage of its count the article says the figure is ("provisional count"), or null when unsaid. */
  stage: string | null;
  /** The machine's reading beside a person's correction, in words, or null. */
  machine: { value: string; rest: string } | null;
  corrected: boolean;
  /** The words the claim was on before its article changed, when its new place awaits a confirmation. */
  movedFrom: { exact: string; revisionNumber: number } | null;
  /** What the correction form starts from; only for editors. */
  reading: {
    kind: ClaimValue["kind"];
    value: ClaimValue;
    attribution: string | null;
    certainty: Certainty;
    figureStatus: FigureStatus | null;
    scope: string | null;
    asOf: AsOf | null;
  } | null;
};

/**
 * `version`: the claim's version as loaded, sent back by its forms; `canEdit`: offer the review
 * controls.
 */
type Props = { slug: string; facetHref: string; card: ClaimCardData; baseId: string | null; version: number; canEdit: boolean };

/** One claim: its value, who says it and how firmly, its sentence with the quote diffed against the base. */
export function ClaimCardView({ slug, facetHref, card, baseId, version, canEdit }: Props) {
  const isBase = card.id === baseId;
  const style = card.relation ? RELATION_STYLE[card.relation] : null;
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
            <Link href={card.readerHref} className="text-indigo-800">
              {card.source}
            </Link>
            {card.hasOutlet ? null : <span className="font-normal text-amber-800"> · no outlet</span>}
            <span className="font-normal text-stone-500"> · {card.date}</span>
            {/* Two claims of one article would otherwise share a name, and so would their forms. */}
            <span className="sr-only">: “{card.quote}”</span>
          </h3>
          <p className="text-xs text-stone-500">
            {card.language.toUpperCase()} · revision {card.revision.number}
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

      <blockquote lang={card.language} className="mt-3 border-l-2 border-stone-200 pl-3 font-serif text-[15px] leading-relaxed text-stone-800">
        {card.before}
        <mark className="rounded-sm bg-[#F0E442]/45 px-0.5 text-inherit">
          <span className="sr-only">quoted claim: </span>
          <DiffText segments={card.quoteDiff} />
        </mark>
        {card.after}
      </blockquote>

      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-stone-500">Said by</dt>
        <dd>{card.attribution ?? <span>{card.outlet ?? "the article"} <span className="text-stone-500">(own reporting)</span></span>}</dd>
        <dt className="text-stone-500">Certainty</dt>
        <dd>{card.certainty}</dd>
        {card.stage ? (
          <>
            <dt className="text-stone-500">Stage</dt>
            <dd data-testid="figure-status">{card.stage}</dd>
          </>
        ) : null}
        {card.scope ? (
          <>
            <dt className="text-stone-500">Scope</dt>
            <dd>{card.scope}</dd>
          </>
        ) : null}
        {card.machine ? (
          <>
            <dt className="text-stone-500">Machine read</dt>
            <dd className="text-stone-600" data-testid="machine-reading">
              <s className="decoration-stone-400">{card.machine.value}</s>
              {card.machine.rest}
            </dd>
          </>
        ) : null}
        <dt className="text-stone-500">Review</dt>
        <dd>
          <span className={`rounded border px-1 ${STATUS_STYLE[card.status]}`}>{card.status}</span>{" "}
          <span className="text-stone-500">
            by {card.origin === "machine" ? "extraction" : "a person"}
            {card.corrected ? ", corrected by a person" : ""}
            {card.rule ? <span title={card.rule}> · rule {card.rule.length > 40 ? `${card.rule.slice(0, 39)}…` : card.rule}</span> : null}
          </span>
        </dd>
      </dl>

      {card.movedFrom ? (
        <div className="mt-3 rounded bg-amber-50 px-2 py-1 text-xs text-amber-950">
          <p>
            <span className="font-semibold">Moved — please confirm.</span> The article changed; this claim was on{" "}
            <q className="italic">{card.movedFrom.exact}</q> in revision {card.movedFrom.revisionNumber}.
          </p>
          {canEdit ? <ConfirmClaimPlaceForm claimId={card.id} version={version} /> : null}
        </div>
      ) : null}

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
        {canEdit && card.reading ? (
          <>
            <label className="flex items-center gap-1.5">
              <input type="checkbox" name="claims" value={`${card.id}:${version}`} form={MOVE_FORM_ID} className="size-3.5 accent-indigo-700" />
              Select to move
            </label>
            <ClaimReviewButtons claimId={card.id} status={card.status} version={version} titleId={title} />
            <ClaimDeleteButton claimId={card.id} version={version} titleId={title} />
            <ClaimCorrectionForm
              slug={slug}
              claimId={card.id}
              version={version}
              kind={card.reading.kind}
              reading={card.reading}
            />
          </>
        ) : null}
      </footer>
    </article>
  );
}
