import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { compareClaims } from "./compare-claims";
import { groupVoices } from "./group-voices";
import { rankContradictions } from "./rank-contradictions";
import type { ComparableClaim } from "./schema";
import { withScopeMarks } from "./test-fixtures";

const exactly = (n: number): ClaimValue => ({ kind: "quantity", min: n, max: n, minInclusive: true, maxInclusive: true });
const claim = (id: string, n: number, rest: Partial<ComparableClaim> = {}): ComparableClaim =>
  withScopeMarks({ id, value: exactly(n), quote: `${n}`, certainty: "stated", outlet: `outlet ${id}`, ...rest });

// Ranks the contradictions of each claim against one baseline claim, returning the other ids in order.
function rankAgainst(base: ComparableClaim, others: ComparableClaim[]): string[] {
  const claims = [base, ...others];
  const relations = others.map((other) => compareClaims(base, other, { canChangeOverTime: false }));
  return rankContradictions(relations, claims, groupVoices(claims)).map((r) => r.relation.b);
}

describe("rankContradictions", () => {
  const base = claim("base", 10000);
  test.each([
    {
      label: "Farther apart relative to size ranks first",
      others: [claim("near", 9500), claim("far", 2000), claim("mid", 8000)],
      expected: ["far", "mid", "near"],
    },
    {
      label: "Stated beats reported beats hedged",
      others: [claim("hedged", 8000, { certainty: "hedged" }), claim("stated", 8000), claim("reported", 8000, { certainty: "reported" })],
      expected: ["stated", "reported", "hedged"],
    },
    {
      label: "A denial of the same figure ranks as an outright contradiction",
      others: [claim("far", 2000), claim("denial", 10000, { certainty: "denied" })],
      expected: ["denial", "far"],
    },
    {
      label: "Independent claimants beat the same claimant quoted twice",
      base: claim("base", 10000, { attribution: "Police", outlet: "A" }),
      others: [
        claim("same", 8000, { attribution: "Police", outlet: "B" }),
        claim("independent", 8000, { attribution: "Organisers", outlet: "C" }),
      ],
      expected: ["independent", "same"],
    },
    {
      label: "Copies of one agency text contradicting each other are not independent",
      base: claim("base", 10000, { outlet: "A", copyGroup: "wire" }),
      others: [claim("copy", 8000, { outlet: "B", copyGroup: "wire" }), claim("independent", 8000, { outlet: "C" })],
      expected: ["independent", "copy"],
    },
    {
      label: "Ties keep input order; non-conflicting relations are dropped",
      others: [claim("x", 8000), claim("agrees", 10000), claim("y", 8000)],
      expected: ["x", "y"],
    },
  ] as { label: string; base?: ComparableClaim; others: ComparableClaim[]; expected: string[] }[])("$label", ({ base: baseline = base, others, expected }) => {
    expect(rankAgainst(baseline, others)).toEqual(expected);
  });

  test("reports the factors behind each score", () => {
    const claims = [claim("a", 10000), claim("b", 8000, { certainty: "reported" })];
    const relations = [compareClaims(claims[0] as ComparableClaim, claims[1] as ComparableClaim, { canChangeOverTime: false })];
    const [ranked] = rankContradictions(relations, claims, groupVoices(claims));
    expect(ranked).toMatchObject({ separation: 0.2, certaintyWeight: 0.8, independent: true });
    expect(ranked?.score).toBeCloseTo((0.25 + 0.75 * 0.2) * 0.8);
  });

  test("an agency text under three outlets is one voice against an independent outlet", () => {
    const copies = ["A", "B", "C"].map((outlet) => claim(outlet, 10000, { outlet, copyGroup: "wire" }));
    const claims = [...copies, claim("D", 8000, { outlet: "D" })];
    const relations = copies.map((c) => compareClaims(c, claims[3] as ComparableClaim, { canChangeOverTime: false }));
    const voices = groupVoices(claims);
    expect(voices.map((v) => v.claimIds)).toEqual([["A", "B", "C"], ["D"]]);
    expect(rankContradictions(relations, claims, voices).map((r) => r.independent)).toEqual([true, true, true]);
  });

  test("throws when a relation names an unknown claim", () => {
    const relation = { a: "a", b: "ghost", kind: "conflicting" as const, reason: "…" };
    expect(() => rankContradictions([relation], [claim("a", 1)], [])).toThrow(/ghost/);
  });
});
