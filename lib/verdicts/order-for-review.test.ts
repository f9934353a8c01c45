import { describe, expect, test } from "vitest";
import { orderForReview, summarizeProgress, type ReviewItem } from "./order-for-review";

const item = (label: string, fields: Partial<ReviewItem> = {}): ReviewItem => ({ id: label, label, state: "open", disputed: false, rating: null, assignee: null, ...fields });

describe("orderForReview", () => {
  test.each([
    {
      label: "disputed facets without a verdict come first",
      items: [item("agreed"), item("disputed", { disputed: true })],
      expected: ["disputed", "agreed"],
    },
    {
      label: "a disputed facet with a verdict waits behind an undecided one",
      items: [item("decided", { disputed: true, rating: "no-contradiction", state: "resolved" }), item("undecided")],
      expected: ["undecided", "decided"],
    },
    {
      label: "within a group, facets in review before open ones, then by name",
      items: [item("b", { disputed: true }), item("c", { disputed: true, state: "in-review" }), item("a", { disputed: true })],
      expected: ["c", "a", "b"],
    },
    {
      label: "resolved facets without a verdict go last",
      items: [item("resolved", { state: "resolved" }), item("open")],
      expected: ["open", "resolved"],
    },
  ])("$label", ({ items, expected }) => {
    expect(orderForReview(items).map((i) => i.label)).toEqual(expected);
  });
});

describe("summarizeProgress", () => {
  test("counts each state, and the total", () => {
    expect(summarizeProgress([item("a"), item("b", { state: "resolved" }), item("c", { state: "in-review" }), item("d")])).toEqual({
      open: 2,
      "in-review": 1,
      resolved: 1,
      total: 4,
    });
  });

  test("null case: no facets", () => {
    expect(summarizeProgress([])).toEqual({ open: 0, "in-review": 0, resolved: 0, total: 0 });
  });
});
