import { describe, expect, test } from "vitest";
import { splitIntoHighlights } from "./split-into-highlights";

const text = "Fast 10.000 Menschen, etwa 8.000 in Leeds.";

describe("splitIntoHighlights", () => {
  test.each([
    { label: "no claims: one plain run", ranges: [], expected: [[text, []]] },
    {
      label: "one claim in the middle",
      ranges: [{ id: "a", start: 22, end: 32 }],
      expected: [["Fast 10.000 Menschen, ", []], ["etwa 8.000", ["a"]], [" in Leeds.", []]],
    },
    {
      label: "overlapping claims are cut where either starts or ends",
      ranges: [
        { id: "a", start: 0, end: 20 },
        { id: "b", start: 5, end: 11 },
      ],
      expected: [["Fast ", ["a"]], ["10.000", ["a", "b"]], [" Menschen", ["a"]], [", etwa 8.000 in Leeds.", []]],
    },
  ])("$label", ({ ranges, expected }) => {
    const runs = splitIntoHighlights(text, 100, ranges.map((r) => ({ ...r, start: r.start + 100, end: r.end + 100 })));
    expect(runs.map((r) => [r.text, r.ids])).toEqual(expected);
    expect(runs.map((r) => r.text).join("")).toBe(text);
  });

  test("a claim that starts before the paragraph keeps only its part inside it", () => {
    const runs = splitIntoHighlights("in Leeds.", 50, [{ id: "a", start: 40, end: 58 }]);
    expect(runs.map((r) => [r.text, r.ids])).toEqual([["in Leeds", ["a"]], [".", []]]);
  });
});
