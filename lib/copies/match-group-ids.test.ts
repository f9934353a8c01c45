import { describe, expect, test } from "vitest";
import { matchGroupIds } from "./match-group-ids";

describe("matchGroupIds", () => {
  test.each([
    { label: "Null case", stored: [], next: [], expected: { groups: [], removed: [] } },
    {
      label: "an unchanged group keeps its id and is not changed",
      stored: [{ id: "g1", articleIds: ["a", "b"] }],
      next: [["b", "a"]],
      expected: { groups: [{ id: "g1", articleIds: ["b", "a"], changed: false }], removed: [] },
    },
    {
      label: "a group that gained a member keeps its id and is changed",
      stored: [{ id: "g1", articleIds: ["a", "b"] }],
      next: [["a", "b", "c"]],
      expected: { groups: [{ id: "g1", articleIds: ["a", "b", "c"], changed: true }], removed: [] },
    },
    {
      label: "a split group: the larger part keeps the id, the other part is new",
      stored: [{ id: "g1", articleIds: ["a", "b", "c", "d", "e"] }],
      next: [["a", "b"], ["c", "d", "e"]],
      expected: {
        groups: [
          { id: null, articleIds: ["a", "b"], changed: true },
          { id: "g1", articleIds: ["c", "d", "e"], changed: true },
        ],
        removed: [],
      },
    },
    {
      label: "two merged groups: the larger share keeps its id, the other is removed",
      stored: [{ id: "g1", articleIds: ["a", "b"] }, { id: "g2", articleIds: ["c", "d", "e"] }],
      next: [["a", "b", "c", "d", "e"]],
      expected: { groups: [{ id: "g2", articleIds: ["a", "b", "c", "d", "e"], changed: true }], removed: ["g1"] },
    },
    {
      label: "a dissolved group is removed",
      stored: [{ id: "g1", articleIds: ["a", "b"] }],
      next: [],
      expected: { groups: [], removed: ["g1"] },
    },
  ])("$label", ({ stored, next, expected }) => {
    expect(matchGroupIds(stored, next)).toEqual(expected);
  });
});
