import { labelArticle, shortHeadline } from "@/lib/articles/label-articles";
import type { ClaimPair, FacetViewCard, FacetViewChoice } from "@/lib/compare/build-facet-view";
import type { DiffPiece } from "@/lib/compare/side-of-diff";
import { labelsFor } from "@/lib/report/labels";
import { formatDate } from "../../../../_components/format";
import { DiffPieces } from "../../_components/diff-text";
import { RELATION_KIND_LABEL } from "../../_components/relation-style";
import { type ClaimChoice, claimChoices } from "./claim-choices";
import { PairChooser } from "./pair-chooser";

type Props = { facetHref: string; pair: ClaimPair; cards: FacetViewChoice[] };

/** Two claims side by side, their whole sentences diffed word by word, the quotes marked. */
export function ClaimPairView({ facetHref, pair, cards }: Props) {
  const choices = claimChoices(cards);
  const chosen = (id: string): ClaimChoice => choices.find((c) => c[0] === id) ?? [id, id];
  return (
    <section aria-labelledby="pair-heading" className="mt-6">
      <h2 id="pair-heading" className="sr-only">
        Two claims side by side
      </h2>
      <PairChooser facetHref={facetHref} a={chosen(pair.a.id)} b={chosen(pair.b.id)} choices={choices} />

      <p className="mt-4 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
        {pair.relation ? (
          <>
            <span className="font-semibold">{RELATION_KIND_LABEL[pair.relation.kind]}:</span> {pair.relation.reason}
          </>
        ) : (
          "One of the two takes no part in comparisons (rejected, or on an earlier revision)."
        )}
      </p>

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <PairSide card={pair.a} side="Left" pieces={pair.left} />
        <PairSide card={pair.b} side="Right" pieces={pair.right} />
      </div>
      <p className="mt-2 text-xs text-stone-500">
        {pair.wordsCompared ? (
          <>
            Words only on the left are <del className="line-through">struck through</del>; words only on the right are{" "}
            <ins className="underline">underlined</ins>;
          </>
        ) : (
          <>The two articles are in different languages, so their words are not compared;</>
        )}{" "}
        the claim’s own words are <mark className="bg-[#F0E442]/45">marked</mark>.
      </p>
    </section>
  );
}

function PairSide({ card, side, pieces }: { card: FacetViewCard; side: string; pieces: DiffPiece[] }) {
  return (
    <article
      id={`claim-${card.id}`}
      data-claim
      tabIndex={-1}
      aria-label={`${side}: ${labelArticle(card.article)}`}
      className="rounded-lg border border-stone-200 bg-white p-4 focus:ring-2 focus:ring-indigo-500 focus:outline-none"
    >
      <h3 className="text-sm font-semibold">
        {card.article.outlet ?? shortHeadline(card.article.title, 40)}
        <span className="font-normal text-stone-500"> · {formatDate(card.article.publishedAt ? new Date(card.article.publishedAt) : null)}</span>
      </h3>
      <p className="mt-1 text-lg font-semibold tabular-nums">
        {card.short} <span className="text-xs font-normal text-stone-500">read as {card.described}</span>
      </p>
      <p className="text-xs text-stone-600">
        said by {card.claimant} · {card.certainty}
        {card.figureStatus ? ` · ${labelsFor("en").figureStatusOf[card.figureStatus]}` : ""} · {card.status}
      </p>
      <blockquote lang={card.article.language} className="mt-3 font-serif text-[15px] leading-relaxed text-stone-800">
        <DiffPieces pieces={pieces} />
      </blockquote>
    </article>
  );
}
