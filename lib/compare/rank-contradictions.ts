import type { Certainty } from "@/lib/claims/schema";
import { compareValues } from "./compare-values";
import type { ClaimRelation, ComparableClaim, RankedContradiction, Voice } from "./schema";

// How firmly a claim is made. A denial is as firm as a statement: "the ministry denies that
// anyone died" is an explicit assertion, and the contradiction it makes is the starkest there is.
const CERTAINTY_WEIGHT: Record<Certainty, number> = { stated: 1, reported: 0.8, hedged: 0.5, denied: 1 };
// Two outlets repeating one claimant disagree with each other, not with the world: likely a
// misquote or an update, worth half an independent contradiction.
const SAME_VOICE_WEIGHT = 0.5;
// Even touching intervals ("almost 10,000" vs "more than 10,000", separation 0) are a real
// contradiction; the floor keeps them ranked by certainty and independence.
const SEPARATION_FLOOR = 0.25;
// A vague amount ("Tausende", "more than 10,000") tells less than an exact figure: its
// contradictions rank below those of precise figures, but never vanish.
const VAGUE_FLOOR = 0.4;
const OPEN_ENDED = 0.6;

/** 0..1: how precisely a value pins its figure down (1 for an exact number or a day). */
export function precisionOf(value: ComparableClaim["value"]): number {
  if (value.kind !== "quantity") return 1;
  const { min, max } = value;
  if (min === null || max === null) return OPEN_ENDED;
  if (max === min) return 1;
  const width = (max - min) / Math.max(Math.abs(max), Math.abs(min), 1);
  return Math.max(VAGUE_FLOOR, 1 - width);
}

/**
 * Scores the conflicting relations of a facet and sorts them, most important first (ties in input
 * order): separation of the values, times how firmly both are asserted, times how precise the
 * vaguer of the two is, times whether the claimants are independent. Precise figures from
 * independent claimants come first; "Tausende" against "more than 10,000" below them. Relations of other kinds are ignored.
 * @throws Error when a relation names a claim id that is not among `claims`.
 */
export function rankContradictions(
  relations: readonly ClaimRelation[],
  claims: readonly ComparableClaim[],
  voices: readonly Voice[],
): RankedContradiction[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const voiceOf = new Map(voices.flatMap((voice, i) => voice.claimIds.map((id) => [id, i] as const)));
  const claim = (id: string) => {
    const found = byId.get(id);
    if (found === undefined) throw new Error(`relation names unknown claim ${id}`);
    return found;
  };
  const ranked = relations
    .filter((relation) => relation.kind === "conflicting")
    .map((relation): RankedContradiction => {
      const a = claim(relation.a);
      const b = claim(relation.b);
      const oneDenies = (a.certainty === "denied") !== (b.certainty === "denied");
      const separation = oneDenies ? 1 : (compareValues(a.value, b.value)?.separation ?? 0);
      const certaintyWeight = CERTAINTY_WEIGHT[a.certainty] * CERTAINTY_WEIGHT[b.certainty];
      const independent = voiceOf.get(a.id) !== voiceOf.get(b.id);
      const precision = Math.min(precisionOf(a.value), precisionOf(b.value));
      const score =
        (SEPARATION_FLOOR + (1 - SEPARATION_FLOOR) * separation) * certaintyWeight * precision * (independent ? 1 : SAME_VOICE_WEIGHT);
      return { relation, score, separation, certaintyWeight, precision, independent };
    });
  // Array.prototype.sort is stable, so equal scores keep input order.
  return ranked.sort((x, y) => y.score - x.score);
}
