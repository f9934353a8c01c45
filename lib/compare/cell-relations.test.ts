import { describe, expect, test } from "vitest";
import { cellRelations, strongestRelation } from "./cell-relations";
import type { ClaimRelation } from "./schema";

const claims = [
  { id: "a", articleId: "one" },
  { id: "b", articleId: "one" },
  { id: "c", articleId: "two" },
  { id: "d", articleId: "three" },
];
const rel = (a: string, b: string, kind: ClaimRelation["kind"]): ClaimRelation => ({ a, b, kind, reason: "…" });

describe("cellRelations", () => {
  test.each([
    { label: "Null case: no relations, every claim stands alone", relations: [], expected: { a: "only", b: "only", c: "only", d: "only" } },
    {
      label: "a conflict beats agreement",
      relations: [rel("a", "c", "compatible"), rel("a", "d", "conflicting")],
      expected: { a: "conflicts", b: "only", c: "agrees", d: "conflicts" },
    },
    {
      label: "agreement within one article is no agreement",
      relations: [rel("a", "b", "identical")],
      expected: { a: "only", b: "only", c: "only", d: "only" },
    },
    {
      label: "a conflict within one article still counts",
      relations: [rel("a", "b", "conflicting")],
      expected: { a: "conflicts", b: "conflicts", c: "only", d: "only" },
    },
    {
      label: "change over time beats agreement, scope is weakest",
      relations: [rel("c", "d", "different-scope"), rel("c", "a", "changed-over-time"), rel("c", "b", "identical")],
      expected: { a: "changed", b: "agrees", c: "changed", d: "scope" },
    },
  ])("$label", ({ relations, expected }) => {
    expect(Object.fromEntries(cellRelations(claims, relations))).toEqual(expected);
  });

  test.each([
    { a: null, b: "agrees", expected: "agrees" },
    { a: "agrees", b: "conflicts", expected: "conflicts" },
    { a: "conflicts", b: "only", expected: "conflicts" },
  ] as const)("strongestRelation($a, $b) is $expected", ({ a, b, expected }) => {
    expect(strongestRelation(a, b)).toBe(expected);
  });
});
