import type { Certainty } from "@/lib/claims/schema";
import type { MatrixArticle, MatrixClaim } from "./event-matrix-schema";
import { formatValue } from "./format-value";
import { withoutUnit } from "./without-unit";
import type { FacetComparison } from "./schema";
import type { StoredContradictionGroup } from "./stored-comparison-schema";

/** A claim as the contradictions list names it. */
export type ClaimRef = {
  id: string;
  articleId: string;
  outlet: string | null;
  publishedAt: string | null;
  short: string;
  quote: string;
  certainty: Certainty;
};

/**
 * One voice in a disagreement: who says it, and the claims (of one or more outlets) saying it.
 * `claims` may hold only the first few of `claimCount` (the overview shows a handful per side).
 */
export type VoiceSide = { claimant: string; claims: ClaimRef[]; claimCount: number };

/**
 * The conflicting pairs of one facet between the same two voices, shown as one disagreement:
 * three outlets repeating the ministry against two repeating the police is one dispute, not six. When both
 * sides are one voice (`independent` false), a claimant is quoted with values that cannot both be
 * true: a misquote or an update rather than a real dispute.
 */
export type ContradictionGroup = {
  facet: { id: string; label: string };
  /** The highest score among its pairs (see rankContradictions). */
  score: number;
  independent: boolean;
  /** Two sides; one when the voice contradicts itself. */
  sides: VoiceSide[];
  /** The reason of the highest-ranked pair, in words. */
  reason: string;
  /** The highest-ranked pair, for reading the two side by side. */
  top: { a: string; b: string };
  pairCount: number;
};

export type ComparedFacet = {
  facet: { id: string; label: string; unit: string | null };
  claims: readonly MatrixClaim[];
  comparison: FacetComparison;
  /** The articles by id: their outlet, date, and language (the short form of their values). */
  articles: ReadonlyMap<string, MatrixArticle>;
};

/**
 * One facet's ranked contradictions grouped by pair of voices, by claim id, in the facet's own
 * ranking (the first pair of each group is its strongest): what is stored with the comparison.
 * Sides keep their voice whichever order a pair names them in. Never throws.
 */
export function groupFacetContradictions(comparison: Pick<FacetComparison, "contradictions" | "voices">): StoredContradictionGroup[] {
  const voiceOf = new Map(comparison.voices.flatMap((v, i) => v.claimIds.map((id) => [id, i] as const)));
  const claimant = (i: number) => comparison.voices[i]?.claimant ?? "unattributed";
  const byVoices = new Map<string, { group: StoredContradictionGroup; voices: number[] }>();
  const groups: StoredContradictionGroup[] = [];
  for (const { relation, score, independent } of comparison.contradictions) {
    const voiceA = voiceOf.get(relation.a) ?? -1;
    const voiceB = voiceOf.get(relation.b) ?? -1;
    const key = voiceA < voiceB ? `${voiceA}:${voiceB}` : `${voiceB}:${voiceA}`;
    let entry = byVoices.get(key);
    if (!entry) {
      const voices = voiceA === voiceB ? [voiceA] : [voiceA, voiceB];
      const group: StoredContradictionGroup = {
        position: groups.length,
        score,
        independent,
        claimants: voices.map(claimant),
        sides: voices.map(() => []),
        top: { a: relation.a, b: relation.b },
        reason: relation.reason,
        pairCount: 0,
      };
      entry = { group, voices };
      byVoices.set(key, entry);
      groups.push(group);
    }
    entry.group.pairCount += 1;
    addToSide(entry.group.sides[entry.voices.indexOf(voiceA)], relation.a);
    addToSide(entry.group.sides[entry.voices.indexOf(voiceB)], relation.b);
  }
  return groups;
}

/**
 * A stored group as the contradictions list shows it: each side's first `maxPerSide` claims as
 * references (`refOf` returns undefined for a claim it does not know, which is then left out).
 */
export function toContradictionGroup(
  facet: { id: string; label: string },
  stored: Omit<StoredContradictionGroup, "position">,
  refOf: (id: string) => ClaimRef | undefined,
  maxPerSide = Infinity,
): ContradictionGroup {
  return {
    facet,
    score: stored.score,
    independent: stored.independent,
    sides: stored.sides.map((ids, i) => ({
      claimant: stored.claimants[i] ?? "unattributed",
      claims: ids.slice(0, maxPerSide).flatMap((id) => refOf(id) ?? []),
      claimCount: ids.length,
    })),
    reason: stored.reason,
    top: stored.top,
    pairCount: stored.pairCount,
  };
}

/**
 * The ranked contradictions of several facets, grouped by facet and pair of voices, most
 * important first (ties keep facet order, then the facet's own ranking).
 * @throws Error when a contradiction names a claim that is not among its facet's claims.
 */
export function groupContradictions(facets: readonly ComparedFacet[]): ContradictionGroup[] {
  const groups: ContradictionGroup[] = [];
  for (const { facet, claims, comparison, articles } of facets) {
    const refOf = new Map(claims.map((c) => [c.claim.id, toClaimRef(c, articles.get(c.articleId), facet.unit)]));
    const ref = (id: string) => {
      const found = refOf.get(id);
      if (!found) throw new Error(`contradiction names unknown claim ${id}`);
      return found;
    };
    for (const stored of groupFacetContradictions(comparison)) groups.push(toContradictionGroup(facet, stored, ref));
  }
  // Array.prototype.sort is stable: equal scores keep facet order and the facet's ranking.
  return groups.sort((x, y) => y.score - x.score);
}

function addToSide(side: string[] | undefined, id: string): void {
  if (side && !side.includes(id)) side.push(id);
}

/** A claim of the matrix as the contradictions list names it: its value in its article's language. */
export function toClaimRef({ articleId, claim }: MatrixClaim, article: MatrixArticle | undefined, unit: string | null): ClaimRef {
  return {
    id: claim.id,
    articleId,
    outlet: article?.outlet ?? claim.outlet ?? null,
    publishedAt: article?.publishedAt ?? null,
    short: formatValue(withoutUnit(claim.value, unit), article?.language),
    quote: claim.quote,
    certainty: claim.certainty,
  };
}
