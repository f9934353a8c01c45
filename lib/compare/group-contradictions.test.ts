import { describe, expect, test } from "vitest";
import { compareFacet } from "./compare-facet";
import { groupContradictions } from "./group-contradictions";
import { article, matrixClaim, quantity } from "./test-fixtures";
import { toComparableClaim } from "./to-comparable-claim";

const articles = new Map(
  [
    article("a1", "Regio-Kurier", "2024-10-25"),
    article("a2", "Dorfbote", "2024-11-01"),
    article("a3", "Eifel-Anzeiger", "2024-11-30"),
    article("a4", "Tideway Chronicle", "2025-04-29", "en"),
  ].map((a) => [a.id, a]),
);
const almost = quantity(9000, 10000, true, false);
const more = quantity(10000, null, false, true);

function grouped(claims: ReturnType<typeof matrixClaim>[]) {
  const comparison = compareFacet(
    claims.map((c) => toComparableClaim(c.claim, null)),
    { canChangeOverTime: false },
  );
  return groupContradictions([{ facet: { id: "f", label: "Protesters", unit: null }, claims, comparison, articles }]);
}

describe("groupContradictions", () => {
  test("Null case: no claims, no contradictions", () => {
    expect(grouped([])).toEqual([]);
  });

  test("outlets repeating one claimant against another are one disagreement between two voices", () => {
    const groups = grouped([
      matrixClaim("b1", "a1", almost, { attribution: "Anja Weber", outlet: "Regio-Kurier" }),
      matrixClaim("b2", "a4", almost, { attribution: "Anja Weber", outlet: "Tideway Chronicle" }),
      matrixClaim("k1", "a2", more, { attribution: "Police", outlet: "Dorfbote" }),
      matrixClaim("k2", "a3", more, { attribution: "Police", outlet: "Eifel-Anzeiger" }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.pairCount).toBe(4);
    expect(groups[0]?.sides.map((s) => [s.claimant, s.claims.map((c) => c.id)])).toEqual([
      ["Anja Weber", ["b1", "b2"]],
      ["Police", ["k1", "k2"]],
    ]);
  });

  test("one claimant quoted with two values that cannot both be true is one voice, ranked below independent ones", () => {
    const groups = grouped([
      matrixClaim("b1", "a1", almost, { attribution: "Anja Weber", outlet: "Regio-Kurier" }),
      matrixClaim("b2", "a2", more, { attribution: "Anja Weber", outlet: "Dorfbote" }),
      matrixClaim("b3", "a3", more, { attribution: "Anja Weber", outlet: "Eifel-Anzeiger" }),
      matrixClaim("p", "a4", almost, { attribution: "Organisers", outlet: "Tideway Chronicle" }),
    ]);
    const summary = groups.map((g) => [g.independent, g.sides.map((s) => s.claimant).join(" / ")]);
    expect(summary).toEqual([
      [true, "Anja Weber / Organisers"],
      [false, "Anja Weber"],
    ]);
    expect(groups.at(-1)?.sides[0]?.claims.map((c) => c.id).sort()).toEqual(["b1", "b2", "b3"]);
    expect(groups[0]!.score).toBeGreaterThan(groups.at(-1)!.score);
  });

  test("sides keep their voice whichever order a pair names them in", () => {
    const groups = grouped([
      matrixClaim("k1", "a1", more, { attribution: "Police" }),
      matrixClaim("b1", "a2", almost, { attribution: "Weber" }),
      matrixClaim("k2", "a3", more, { attribution: "Police" }),
    ]);
    expect(groups[0]?.sides.map((s) => [s.claimant, s.claims.map((c) => c.id)])).toEqual([
      ["Police", ["k1", "k2"]],
      ["Weber", ["b1"]],
    ]);
  });
});
