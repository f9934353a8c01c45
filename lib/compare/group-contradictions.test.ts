import { describe, expect, test } from "vitest";
import { compareFacet } from "./compare-facet";
import { groupContradictions } from "./group-contradictions";
import { article, matrixClaim, quantity } from "./test-fixtures";

const articles = new Map(
  [
    article("a1", "Rhein-Kurier", "2024-10-25"),
    article("a2", "Donaublatt", "2024-11-01"),
    article("a3", "Elbe-Anzeiger", "2024-11-30"),
    article("a4", "Tasman Chronicle", "2025-04-29", "en"),
  ].map((a) => [a.id, a]),
);
const almost = quantity(9000, 10000, true, false);
const more = quantity(10000, null, false, true);

function grouped(claims: ReturnType<typeof matrixClaim>[]) {
  const comparison = compareFacet(
    claims.map((c) => c.claim),
    { canChangeOverTime: false },
  );
  return groupContradictions([{ facet: { id: "f", label: "Troops", unit: null }, claims, comparison, articles }]);
}

describe("groupContradictions", () => {
  test("Null case: no claims, no contradictions", () => {
    expect(grouped([])).toEqual([]);
  });

  test("outlets repeating one claimant against another are one disagreement between two voices", () => {
    const groups = grouped([
      matrixClaim("b1", "a1", almost, { attribution: "Antony Blinken", outlet: "Rhein-Kurier" }),
      matrixClaim("b2", "a4", almost, { attribution: "Antony Blinken", outlet: "Tasman Chronicle" }),
      matrixClaim("k1", "a2", more, { attribution: "Kyiv", outlet: "Donaublatt" }),
      matrixClaim("k2", "a3", more, { attribution: "Kyiv", outlet: "Elbe-Anzeiger" }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.pairs).toHaveLength(4);
    expect(groups[0]?.sides.map((s) => [s.claimant, s.claims.map((c) => c.id)])).toEqual([
      ["Antony Blinken", ["b1", "b2"]],
      ["Kyiv", ["k1", "k2"]],
    ]);
  });

  test("one claimant quoted with two values that cannot both be true is one voice, ranked below independent ones", () => {
    const groups = grouped([
      matrixClaim("b1", "a1", almost, { attribution: "Antony Blinken", outlet: "Rhein-Kurier" }),
      matrixClaim("b2", "a2", more, { attribution: "Antony Blinken", outlet: "Donaublatt" }),
      matrixClaim("b3", "a3", more, { attribution: "Antony Blinken", outlet: "Elbe-Anzeiger" }),
      matrixClaim("p", "a4", almost, { attribution: "Pentagon", outlet: "Tasman Chronicle" }),
    ]);
    const summary = groups.map((g) => [g.independent, g.sides.map((s) => s.claimant).join(" / ")]);
    expect(summary).toEqual([
      [true, "Antony Blinken / Pentagon"],
      [false, "Antony Blinken"],
    ]);
    expect(groups.at(-1)?.sides[0]?.claims.map((c) => c.id).sort()).toEqual(["b1", "b2", "b3"]);
    expect(groups[0]!.score).toBeGreaterThan(groups.at(-1)!.score);
  });

  test("sides keep their voice whichever order a pair names them in", () => {
    const groups = grouped([
      matrixClaim("k1", "a1", more, { attribution: "Kyiv" }),
      matrixClaim("b1", "a2", almost, { attribution: "Blinken" }),
      matrixClaim("k2", "a3", more, { attribution: "Kyiv" }),
    ]);
    expect(groups[0]?.sides.map((s) => [s.claimant, s.claims.map((c) => c.id)])).toEqual([
      ["Kyiv", ["k1", "k2"]],
      ["Blinken", ["b1"]],
    ]);
  });
});
