import type { Certainty } from "@/lib/claims/schema";
import type { MatrixArticle, MatrixClaim } from "./event-matrix-schema";
import { formatValue } from "./format-value";
import { withoutUnit } from "./without-unit";
import type { FacetComparison } from "./schema";

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

/** One voice in a disagreement: who says it, and the claims (of one or more outlets) saying it. */
export type VoiceSide = { claimant: string; claims: ClaimRef[] };

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
  pairs: { a: ClaimRef; b: ClaimRef; reason: string; score: number }[];
};

export type ComparedFacet = {
  facet: { id: string; label: string; unit: string | null };
  claims: readonly MatrixClaim[];
  comparison: FacetComparison;
  /** The articles by id: their outlet, date, and language (the short form of their values). */
  articles: ReadonlyMap<string, MatrixArticle>;
};

/**
 * The ranked contradictions of several facets, grouped by facet and pair of voices, most
 * important first (ties keep facet order, then the facet's own ranking).
 * @throws Error when a contradiction names a claim that is not among its facet's claims.
 */
export function groupContradictions(facets: readonly ComparedFacet[]): ContradictionGroup[] {
  const groups: ContradictionGroup[] = [];
  for (const { facet, claims, comparison, articles } of facets) {
    const refOf = new Map(claims.map((c) => [c.claim.id, toRef(c, articles.get(c.articleId), facet.unit)]));
    const voiceOf = new Map(comparison.voices.flatMap((v, i) => v.claimIds.map((id) => [id, i] as const)));
    const ref = (id: string) => {
      const found = refOf.get(id);
      if (!found) throw new Error(`contradiction names unknown claim ${id}`);
      return found;
    };
    const byVoices = new Map<string, { group: ContradictionGroup; voices: number[] }>();
    // Contradictions come ranked, so the first pair of each group is its strongest.
    for (const { relation, score, independent } of comparison.contradictions) {
      const voiceA = voiceOf.get(relation.a) ?? -1;
      const voiceB = voiceOf.get(relation.b) ?? -1;
      const key = voiceA < voiceB ? `${voiceA}:${voiceB}` : `${voiceB}:${voiceA}`;
      const pair = { a: ref(relation.a), b: ref(relation.b), reason: relation.reason, score };
      let entry = byVoices.get(key);
      if (!entry) {
        const voices = voiceA === voiceB ? [voiceA] : [voiceA, voiceB];
        const claimant = (i: number) => comparison.voices[i]?.claimant ?? "unattributed";
        const group: ContradictionGroup = {
          facet: { id: facet.id, label: facet.label },
          score,
          independent,
          sides: voices.map((i) => ({ claimant: claimant(i), claims: [] })),
          reason: relation.reason,
          pairs: [],
        };
        entry = { group, voices };
        byVoices.set(key, entry);
        groups.push(group);
      }
      entry.group.pairs.push(pair);
      addToSide(entry.group.sides[entry.voices.indexOf(voiceA)], pair.a);
      addToSide(entry.group.sides[entry.voices.indexOf(voiceB)], pair.b);
    }
  }
  // Array.prototype.sort is stable: equal scores keep facet order and the facet's ranking.
  return groups.sort((x, y) => y.score - x.score);
}

function addToSide(side: VoiceSide | undefined, claim: ClaimRef): void {
  if (side && !side.claims.some((c) => c.id === claim.id)) side.claims.push(claim);
}

function toRef({ articleId, claim }: MatrixClaim, article: MatrixArticle | undefined, unit: string | null): ClaimRef {
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
