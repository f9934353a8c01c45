import { type DiffSegment, diffWords } from "@/lib/diff";
import type { CellRelation } from "./cell-relations";
import { compareClaims } from "./compare-claims";
import { type Timeline, buildTimeline } from "./build-timeline";
import { describeValue } from "./describe-value";
import type { FacetViewClaim, FacetViewInput, FacetViewQuery } from "./facet-view-schema";
import { formatValue } from "./format-value";
import { type PageInfo, pageInfo } from "./page-overview";
import type { ClaimRelation, FacetStatus, Voice } from "./schema";
import type { StoredComparisonSummary, StoredRankedPair } from "./stored-comparison-schema";
import { summarizeFacetComparison } from "./summarize-facet-comparison";
import { toComparableClaim } from "./to-comparable-claim";
import { type DiffPiece, sideOfDiff } from "./side-of-diff";
import { withoutUnit } from "./without-unit";
import { wordsComparable } from "./words-comparable";

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
  /** False when the two are in different languages: a word diff across languages says nothing. */
  wordsCompared: boolean;
  /** The two sentences diffed word by word (when `wordsCompared`), each side with its quote marked. */
  left: DiffPiece[];
  right: DiffPiece[];
};

/** A claim as the lists of all claims name it (the two-up choice, a verdict's evidence). */
export type FacetViewChoice = Pick<FacetViewCard, "id" | "quote" | "article" | "short" | "leftOutBecause">;

/** How many claim cards one page of the facet view shows, and how many relations at most. */
export const FACET_PAGE_SIZE = { cards: 10, relations: 20 } as const;

/** A facet's comparison as stored (see summarizeFacetComparison): what the view reads. */
export type StoredFacetView = { status: FacetStatus | null; summary: StoredComparisonSummary; ranked: StoredRankedPair[] };

export type FacetView = {
  /** The facet, with the place its figures are about as a whole (a country key, see wholePlaceOf). */
  facet: FacetViewInput["facet"] & { wholePlace: string | null };
  status: FacetStatus;
  /** The cards of this page: compared claims first (publication order), then those left out. */
  cards: FacetViewCard[];
  /** Which page of the cards this is. */
  cardPage: PageInfo;
  /** Every claim of the facet, in the cards' order, as lists name them. */
  choices: FacetViewChoice[];
  comparedCount: number;
  baseId: string | null;
  /** Relations that involve this page's claims: its contradictions by rank, then the others among them. */
  relations: ClaimRelation[];
  /** How many pairs were compared, and how many conflict, in the whole facet. */
  pairCount: number;
  contradictionCount: number;
  voices: Voice[];
  timeline: Timeline | null;
  /** Set in two-up mode, when both chosen claims exist. */
  pair: ClaimPair | null;
};

const KIND_ORDER = ["conflicting", "changed-over-time", "different-scope", "compatible", "identical"] as const;

/**
 * Everything one page of the facet view shows, from the facet's stored claims and its stored
 * comparison (`stored`; when absent, the claims are compared here, in publication order): which
 * are compared (not rejected, on their article's latest revision), a page of cards (`query.page`,
 * or the page holding `query.claim`), each card's quote diffed against the base claim
 * (`query.base`, else the first compared claim) and its relation to it, the relations of the
 * page's claims, the timeline, and in two-up mode (`query.view === "two"`) the chosen pair with
 * its sentences diffed (by default the top contradiction, or a claim and one it conflicts with).
 * Reasons are written only for what is shown. Unknown claim ids in the query fall back to the
 * defaults. Never throws for valid input.
 */
export function buildFacetView(input: FacetViewInput, query: Partial<FacetViewQuery> = {}, stored?: StoredFacetView): FacetView {
  const ordered = [...input.claims].sort(byPublication);
  const leftOut = (c: FacetViewClaim): LeftOutBecause | null =>
    c.status === "rejected" ? "rejected" : c.revision.latest ? null : "earlier-revision";
  const compared = ordered.filter((c) => leftOut(c) === null);
  const comparison =
    stored ??
    summarizeFacetComparison(
      input.facet,
      compared.map((c) => ({ articleId: c.article.id, claim: { ...c, outlet: c.article.outlet, publishedAt: c.article.publishedAt, copyGroup: c.article.copyGroup } })),
    );
  const { summary } = comparison;
  const comparable = new Map(
    compared.map((c) => [c.id, toComparableClaim({ ...c, outlet: c.article.outlet, publishedAt: c.article.publishedAt, copyGroup: c.article.copyGroup }, summary.wholePlace)]),
  );
  // A pair's reason names the claim compared first first, as the stored comparison did.
  const order = new Map(summary.claimIds.map((id, i) => [id, i]));
  const relate = (x: string, y: string): ClaimRelation | null => {
    const [first, second] = (order.get(x) ?? Infinity) <= (order.get(y) ?? Infinity) ? [x, y] : [y, x];
    const a = comparable.get(first);
    const b = comparable.get(second);
    return a && b && a.id !== b.id ? compareClaims(a, b, summary.options) : null;
  };

  const all = [...compared, ...ordered.filter((c) => leftOut(c) !== null)];
  const base = ordered.find((c) => c.id === query.base) ?? compared[0] ?? ordered[0] ?? null;
  const holding = query.claim ? all.findIndex((c) => c.id === query.claim) : -1;
  const requested = holding >= 0 ? Math.floor(holding / FACET_PAGE_SIZE.cards) + 1 : (query.page ?? 1);
  const cardPage = pageInfo(all.length, FACET_PAGE_SIZE.cards, requested);
  const shortOf = (claim: FacetViewClaim) => formatValue(withoutUnit(claim.value, input.facet.unit), claim.article.language);
  const toCard = (claim: FacetViewClaim): FacetViewCard => {
    const because = leftOut(claim);
    const toBase = base && base.id !== claim.id && !because ? relate(base.id, claim.id) : null;
    const quoteDiff =
      base && base.id !== claim.id && sameLanguage(base, claim) ? diffWords(base.quote, claim.quote) : [{ kind: "equal" as const, text: claim.quote }];
    return {
      ...claim,
      claimant: claim.attribution ?? claim.article.outlet ?? "unattributed",
      short: shortOf(claim),
      described: describeValue(claim.value),
      leftOutBecause: because,
      relation: because ? null : (summary.standings[claim.id] ?? "only"),
      toBase: toBase ? { kind: toBase.kind, reason: toBase.reason } : null,
      quoteDiff,
      differsFromBase: quoteDiff.some((s) => s.kind !== "equal"),
    };
  };
  const cards = all.slice(cardPage.first, cardPage.first + cardPage.size).map(toCard);

  // The page's relations: its claims' contradictions by rank, then the other pairs among them.
  const shownIds = new Set(cards.filter((c) => c.leftOutBecause === null).map((c) => c.id));
  const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);
  const listed = new Set<string>();
  const relations: ClaimRelation[] = [];
  for (const ranked of comparison.ranked) {
    if (relations.length >= FACET_PAGE_SIZE.relations) break;
    if (!shownIds.has(ranked.a) && !shownIds.has(ranked.b)) continue;
    const relation = relate(ranked.a, ranked.b);
    if (!relation) continue;
    relations.push(relation);
    listed.add(pairKey(ranked.a, ranked.b));
  }
  const shownList = [...shownIds];
  const among = shownList.flatMap((x, i) => shownList.slice(i + 1).flatMap((y) => (listed.has(pairKey(x, y)) ? [] : (relate(x, y) ?? []))));
  for (const kind of KIND_ORDER) for (const r of among) if (r.kind === kind && kind !== "conflicting" && relations.length < FACET_PAGE_SIZE.relations) relations.push(r);

  const cardOf = new Map(cards.map((c) => [c.id, c]));
  const claimOf = new Map(all.map((c) => [c.id, c]));
  const cardById = (id: string | undefined) => (id ? (cardOf.get(id) ?? (claimOf.has(id) ? toCard(claimOf.get(id)!) : undefined)) : undefined);
  let pair: ClaimPair | null = null;
  if (query.view === "two") {
    // Unchosen sides default to what most needs reading: the top contradiction, else a claim
    // of another article (two claims of one article rarely differ in anything but wording).
    const top = comparison.ranked[0];
    const chosenA = cardById(query.a);
    const chosenB = cardById(query.b);
    const a = chosenA ?? (chosenB ? undefined : cardById(top?.a)) ?? cardById(all.find((c) => c.id !== chosenB?.id)?.id);
    const partnerOf = (x: FacetViewCard) => {
      const conflict = comparison.ranked.find((r) => r.a === x.id || r.b === x.id);
      return (
        cardById(conflict ? (conflict.a === x.id ? conflict.b : conflict.a) : undefined) ??
        cardById(all.find((c) => c.article.id !== x.article.id)?.id) ??
        cardById(all.find((c) => c.id !== x.id)?.id)
      );
    };
    const b = chosenB ?? (a ? partnerOf(a) : undefined);
    if (a && b) pair = buildPair(a, b, a.leftOutBecause || b.leftOutBecause ? null : relate(a.id, b.id));
  }

  return {
    facet: { ...input.facet, wholePlace: summary.wholePlace },
    status: comparison.status ?? "single-source",
    cards,
    cardPage,
    choices: all.map((c) => ({ id: c.id, quote: c.quote, article: c.article, short: shortOf(c), leftOutBecause: leftOut(c) })),
    comparedCount: compared.length,
    baseId: base?.id ?? null,
    relations,
    pairCount: summary.pairCount,
    contradictionCount: summary.contradictionCount,
    voices: summary.voices,
    timeline: buildTimeline(
      compared.map((c) => {
        const claimant = c.attribution ?? c.article.outlet ?? "unattributed";
        return {
          id: c.id,
          publishedAt: c.article.publishedAt,
          asOf: c.asOf ?? null,
          value: c.value,
          label: claimant,
          title: `${c.article.outlet ?? "Unknown outlet"}, ${c.article.publishedAt ?? "undated"}: “${c.quote}” (${describeValue(c.value)}), said by ${claimant}`,
          relation: summary.standings[c.id] ?? "only",
        };
      }),
    ),
    pair,
  };
}

function buildPair(a: FacetViewCard, b: FacetViewCard, relation: ClaimRelation | null): ClaimPair {
  const sentence = (c: FacetViewCard) => c.context.before + c.context.quote + c.context.after;
  const quoteRange = (c: FacetViewCard) => ({ start: c.context.before.length, end: c.context.before.length + c.context.quote.length });
  if (!sameLanguage(a, b)) {
    const unmarked = (c: FacetViewCard, side: "before" | "after") => sideOfDiff([{ kind: "equal", text: sentence(c) }], side, quoteRange(c));
    return { a, b, relation, wordsCompared: false, left: unmarked(a, "before"), right: unmarked(b, "after") };
  }
  const segments = diffWords(sentence(a), sentence(b));
  return { a, b, relation, wordsCompared: true, left: sideOfDiff(segments, "before", quoteRange(a)), right: sideOfDiff(segments, "after", quoteRange(b)) };
}

function sameLanguage(x: Pick<FacetViewClaim, "article">, y: Pick<FacetViewClaim, "article">): boolean {
  return wordsComparable(x.article.language, y.article.language);
}

// Publication order, undated last; within an article, text order.
function byPublication(x: FacetViewClaim, y: FacetViewClaim): number {
  const dx = x.article.publishedAt ?? "9999";
  const dy = y.article.publishedAt ?? "9999";
  if (dx !== dy) return dx < dy ? -1 : 1;
  if (x.article.id !== y.article.id) return (x.article.outlet ?? "").localeCompare(y.article.outlet ?? "") || (x.article.id < y.article.id ? -1 : 1);
  return y.revision.number - x.revision.number || x.start - y.start;
}
