import { shortHeadline } from "@/lib/articles/label-articles";
import type { FigureStatus } from "@/lib/claims/schema";
import type { FacetViewCard } from "@/lib/compare/build-facet-view";
import { describeAsOf, describeScope } from "@/lib/compare/describe-scope";
import { formatValue } from "@/lib/compare";
import type { ClaimCorrection } from "@/lib/db/load-facet-view";
import { labelsFor } from "@/lib/report/labels";
import { formatDate } from "../../../../_components/format";
import { type ClaimCardData, ClaimCardView } from "./claim-card-view";

/**
 * `version`: the claim's version as loaded, sent back by its forms; `canEdit`: offer the review
 * controls; `correction`: the machine's reading kept beside a person's, and a move to confirm.
 */
type Props = { slug: string; facetHref: string; card: FacetViewCard; baseId: string | null; version: number; canEdit: boolean; correction?: ClaimCorrection };

/**
 * One claim card: its words formatted here (dates, scope, the machine's reading), drawn by the
 * client component ClaimCardView from that compact data.
 */
export function ClaimCard({ slug, facetHref, card, baseId, version, canEdit, correction }: Props) {
  return <ClaimCardView slug={slug} facetHref={facetHref} card={claimCardData(card, canEdit, correction)} baseId={baseId} version={version} canEdit={canEdit} />;
}

// The screens are in English; the report's words name the stages in either language.
const stageLabel = (status: FigureStatus) => labelsFor("en").figureStatusOf[status];

function claimCardData(card: FacetViewCard, canEdit: boolean, correction: ClaimCorrection | undefined): ClaimCardData {
  const machine = correction?.readByMachine;
  const { article } = card;
  return {
    id: card.id,
    quote: card.quote,
    short: card.short,
    described: card.described,
    relation: card.relation,
    leftOutBecause: card.leftOutBecause,
    toBase: card.toBase,
    quoteDiff: card.quoteDiff,
    attribution: card.attribution,
    certainty: card.certainty,
    origin: card.origin,
    rule: card.rule,
    status: card.status,
    source: article.outlet ?? shortHeadline(article.title, 40),
    hasOutlet: article.outlet !== null,
    outlet: article.outlet,
    date: formatDate(article.publishedAt ? new Date(article.publishedAt) : null),
    language: article.language,
    readerHref: `/articles/${article.id}${card.revision.latest ? "" : `?revision=${card.revision.number}`}`,
    revision: { number: card.revision.number, latest: card.revision.latest },
    before: card.context.before,
    after: card.context.after,
    scope: card.scope || card.asOf ? describeScope(card.scope, card.asOf) : null,
    stage: card.figureStatus ? stageLabel(card.figureStatus) : null,
    machine: machine
      ? {
          value: formatValue(machine.value),
          rest: ` · said by ${machine.attribution ?? "the outlet"} · ${machine.certainty}${machine.figureStatus ? ` · ${stageLabel(machine.figureStatus)}` : ""}${machine.scope ? ` · in ${machine.scope}` : ""}${machine.asOf ? ` · as of ${describeAsOf(machine.asOf)}` : ""}`,
        }
      : null,
    corrected: correction?.corrected ?? false,
    movedFrom: correction?.anchorState === "moved" && correction.movedFrom ? { exact: correction.movedFrom.exact, revisionNumber: correction.movedFrom.revisionNumber } : null,
    reading: canEdit
      ? { kind: card.value.kind, value: card.value, attribution: card.attribution, certainty: card.certainty, figureStatus: card.figureStatus ?? null, scope: card.scope, asOf: card.asOf }
      : null,
  };
}
