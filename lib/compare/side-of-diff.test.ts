import { describe, expect, test } from "vitest";
import { sideOfDiff } from "./side-of-diff";
import type { DiffSegment } from "@/lib/diff";

const diff: DiffSegment[] = [
  { kind: "equal", text: "Die Stadt hat " },
  { kind: "delete", text: "fast" },
  { kind: "insert", text: "mehr als" },
  { kind: "equal", text: " 10.000 Menschen evakuiert." },
];
const show = (pieces: ReturnType<typeof sideOfDiff>) => pieces.map((p) => `${p.kind[0]}${p.inQuote ? "*" : ""}:${p.text}`);

describe("sideOfDiff", () => {
  test.each([
    {
      label: "the text before, its quote 'fast 10.000 Menschen' emphasised",
      side: "before" as const,
      quote: { start: 14, end: 34 },
      expected: ["e:Die Stadt hat ", "d*:fast", "e*: 10.000 Menschen", "e: evakuiert."],
    },
    {
      label: "the text after, its quote 'mehr als 10.000 Menschen' emphasised",
      side: "after" as const,
      quote: { start: 14, end: 38 },
      expected: ["e:Die Stadt hat ", "i*:mehr als", "e*: 10.000 Menschen", "e: evakuiert."],
    },
    {
      label: "an empty quote marks nothing",
      side: "after" as const,
      quote: { start: 5, end: 5 },
      expected: ["e:Die Stadt hat ", "i:mehr als", "e: 10.000 Menschen evakuiert."],
    },
    {
      label: "a quote outside the text marks nothing",
      side: "before" as const,
      quote: { start: 500, end: 600 },
      expected: ["e:Die Stadt hat ", "d:fast", "e: 10.000 Menschen evakuiert."],
    },
  ])("$label", ({ side, quote, expected }) => {
    expect(show(sideOfDiff(diff, side, quote))).toEqual(expected);
  });

  test("Null case: no segments, no pieces", () => {
    expect(sideOfDiff([], "before", { start: 0, end: 0 })).toEqual([]);
  });

  test("each side's pieces join to that side's text", () => {
    const join = (side: "before" | "after") => sideOfDiff(diff, side, { start: 3, end: 20 }).map((p) => p.text).join("");
    expect(join("before")).toBe("Die Stadt hat fast 10.000 Menschen evakuiert.");
    expect(join("after")).toBe("Die Stadt hat mehr als 10.000 Menschen evakuiert.");
  });
});
