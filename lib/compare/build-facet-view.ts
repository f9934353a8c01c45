import { type DiffSegment, diffWords } from "@/lib/diff";
import { type CellRelation, cellRelations } from "./cell-relations";
import { type Timeline, buildTimeline } from "./build-timeline";
import { compareStoredFacet } from "./compare-stored-facet";
import { describeValue } from "./describe-value";
import type { FacetViewClaim, FacetViewInput, FacetViewQuery } from "./facet-view-schema";
import { formatValue } from "./format-value";
import type { ClaimRelation, FacetStatus, RankedContradiction, Voice } from "./schema";
import { type DiffPiece, sideOfDiff } from "./side-of-diff";
import { withoutUnit } from "./without-unit";

/** Why a claim is shown but takes no part in the comparison. */
export type LeftOutBecause = "rejected" | "earlier-revision";

export type FacetViewCard = FacetViewClaim & {
  /** Who says it: the attributed claimant, else the outlet's own reporting. */
  claimant: string;
  /** "fast 10.000" in the article's own format; `described` in English words ("9,000 to under 10,000"). */
  short: string;
  described: string;
  leftOutBecause: LeftOutBecause | null;
  /** Its standing among the compared claims, as in the matrix; null when left out. */
  relation: CellRelation | null;
  /** Its relation to the base claim, with the reason; null for the base itself and left-out claims. */
  toBase: { kind: ClaimRelation["kind"]; reason: string } | null;
  /** Word diff from the base claim's quote to this one's (all `equal` for the base). */
  quoteDiff: DiffSegment[];
  differsFromBase: boolean;
};

export type ClaimPair = {
  a: FacetViewCard;
  b: FacetViewCard;
  /** Null when either claim takes no part in comparisons. */
  relation: ClaimRelation | null;
  /** The two sentences diffed word by word, each side with its quote marked. */
  left: DiffPiece[];
  right: DiffPiece[];
};

export type FacetView = {
  /** The facet, with the place its figures are about as a whole (a country key, see wholePlaceOf). */
  facet: FacetViewInput["facet"] & { wholePlace: string | null };
  status: FacetStatus;
  /** Compared claims first (publication order), then those left out. */
  cards: FacetViewCard[];
  baseId: string | null;
  relations: ClaimRelation[];
  contradictions: RankedContradiction[];
  voices: Voice[];
  timeline: Timeline | null;
  /** Set in two-up mode, when both chosen claims exist. */
  pair: ClaimPair | null;
};

/**
 * Everything the facet view shows, from the facet's stored claims: which are compared (not
 * rejected, on their article's latest revision), their relations and ranked contradictions, each
 * card's quote diffed against the base claim (`query.base`, else the first compared claim), the
 * timeline, and in two-up mode (`query.view === "two"`) the chosen pair with its sentences diffed
 * (by default the top contradiction, or a claim and one it conflicts with).
 * Unknown claim ids in the query fall back to the defaults. Never throws for valid input.
 */
export function buildFacetView(input: FacetViewInput, query: Partial<FacetViewQuery> = {}): FacetView {
  const ordered = [...input.claims].sort(byPublication);
  const leftOut = (c: FacetViewClaim): LeftOutBecause | null =>
    c.status === "rejected" ? "rejected" : c.revision.latest ? null : "earlier-revision";
  const compared = ordered.filter((c) => leftOut(c) === null);
  const { comparison, wholePlace } = compareStoredFacet(
    input.facet,
    compared.map((c) => ({ ...c, outlet: c.article.outlet, publishedAt: c.article.publishedAt, copyGroup: c.article.copyGroup })),
  );
  const relationOf = cellRelations(
    compared.map((c) => ({ id: c.id, articleId: c.article.id })),
    comparison.relations,
  );

  const base = ordered.find((c) => c.id === query.base) ?? compared[0] ?? ordered[0] ?? null;
  const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);
  const relationBetween = new Map(comparison.relations.map((r) => [pairKey(r.a, r.b), r]));

  const cards = [...compared, ...ordered.filter((c) => leftOut(c) !== null)].map((claim): FacetViewCard => {
    const because = leftOut(claim);
    const toBase = base && base.id !== claim.id ? relationBetween.get(pairKey(base.id, claim.id)) : undefined;
    const quoteDiff = base && base.id !== claim.id ? diffWords(base.quote, claim.quote) : [{ kind: "equal" as const, text: claim.quote }];
    return {
      ...claim,
      claimant: claim.attribution ?? claim.article.outlet ?? "unattributed",
      short: formatValue(withoutUnit(claim.value, input.facet.unit), claim.article.language),
      described: describeValue(claim.value),
      leftOutBecause: because,
      relation: because ? null : (relationOf.get(claim.id) ?? "only"),
      toBase: toBase ? { kind: toBase.kind, reason: toBase.reason } : null,
      quoteDiff,
      differsFromBase: quoteDiff.some((s) => s.kind !== "equal"),
    };
  });

  const cardOf = new Map(cards.map((c) => [c.id, c]));
  let pair: ClaimPair | null = null;
  if (query.view === "two") {
    // Unchosen sides default to what most needs reading: the top contradiction, else a claim
    // of another article (two claims of one article rarely differ in anything but wording).
    const top = comparison.contradictions[0]?.relation;
    const chosenA = cardOf.get(query.a ?? "");
    const chosenB = cardOf.get(query.b ?? "");
    const a = chosenA ?? (chosenB ? undefined : cardOf.get(top?.a ?? "")) ?? cards.find((c) => c.id !== chosenB?.id);
    const conflictingWith = (x: FacetViewCard) =>
      comparison.contradictions.map((c) => c.relation).find((r) => r.a === x.id || r.b === x.id);
    const partnerOf = (x: FacetViewCard) => {
      const conflict = conflictingWith(x);
      return cardOf.get(conflict ? (conflict.a === x.id ? conflict.b : conflict.a) : "") ?? cards.find((c) => c.article.id !== x.article.id) ?? cards.find((c) => c.id !== x.id);
    };
    const b = chosenB ?? (a ? partnerOf(a) : undefined);
    if (a && b) pair = buildPair(a, b, relationBetween.get(pairKey(a.id, b.id)) ?? null);
  }

  return {
    facet: { ...input.facet, wholePlace },
    status: comparison.status,
    cards,
    baseId: base?.id ?? null,
    relations: comparison.relations,
    contradictions: comparison.contradictions,
    voices: comparison.voices,
    timeline: buildTimeline(
      cards
        .filter((c) => c.leftOutBecause === null)
        .map((c) => ({
          id: c.id,
          publishedAt: c.article.publishedAt,
          value: c.value,
          label: c.claimant,
          title: `${c.article.outlet ?? "Unknown outlet"}, ${c.article.publishedAt ?? "undated"}: “${c.quote}” (${c.described}), said by ${c.claimant}`,
          relation: c.relation,
        })),
    ),
    pair,
  };
}

function buildPair(a: FacetViewCard, b: FacetViewCard, relation: ClaimRelation | null): ClaimPair {
  const sentence = (c: FacetViewCard) => c.context.before + c.context.quote + c.context.after;
  const quoteRange = (c: FacetViewCard) => ({ start: c.context.before.length, end: c.context.before.length + c.context.quote.length });
  const segments = diffWords(sentence(a), sentence(b));
  return { a, b, relation, left: sideOfDiff(segments, "before", quoteRange(a)), right: sideOfDiff(segments, "after", quoteRange(b)) };
}

// Publication order, undated last; within an article, text order.
function byPublication(x: FacetViewClaim, y: FacetViewClaim): number {
  const dx = x.article.publishedAt ?? "9999";
  const dy = y.article.publishedAt ?? "9999";
  if (dx !== dy) return dx < dy ? -1 : 1;
  if (x.article.id !== y.article.id) return (x.article.outlet ?? "").localeCompare(y.article.outlet ?? "") || (x.article.id < y.article.id ? -1 : 1);
  return y.revision.number - x.revision.number || x.start - y.start;
}
