import { describe, expect, test } from "vitest";
import { diffAgainstBase } from "./diff-against-base";
import { diffWords } from "./diff-words";

// "word:count" pairs read like the heat map itself.
const heat = (base: string, others: string[]) =>
  diffAgainstBase(base, others)
    .baseWords.map((w) => `${w.text}:${w.differingCount}`)
    .join(" ");

describe("diffAgainstBase", () => {
  test.each([
    { label: "Null case", base: "", others: [], expected: "" },
    { label: "No other texts: all zero", base: "fast 10.000 Soldaten", others: [], expected: "fast:0 10:0 .:0 000:0 Soldaten:0" },
    {
      label: "Equal texts: all zero",
      base: "fast 10.000 Soldaten",
      others: ["fast 10.000 Soldaten", "fast 10.000 Soldaten"],
      expected: "fast:0 10:0 .:0 000:0 Soldaten:0",
    },
    {
      label: "N-way counts: each replacement marks the replaced words",
      base: "fast 10.000 Soldaten in Russland",
      others: ["mehr als 10.000 Soldaten in Russland", "etwa 10.000 Soldaten in Russland", "fast 10.000 Soldaten in Kursk"],
      expected: "fast:2 10:0 .:0 000:0 Soldaten:0 in:0 Russland:1",
    },
    {
      label: "A pure insertion marks the word that follows it",
      base: "The cat sat",
      others: ["The big cat sat", "The fat cat sat"],
      expected: "The:0 cat:2 sat:0",
    },
    { label: "An insertion at the end marks the last word", base: "The cat", others: ["The cat sat"], expected: "The:0 cat:1" },
    { label: "A whitespace-only change marks the next word", base: "The  cat", others: ["The cat"], expected: "The:0 cat:1" },
    { label: "Other text empty: every word differs", base: "The cat", others: [""], expected: "The:1 cat:1" },
  ])("$label", ({ base, others, expected }) => {
    expect(heat(base, others)).toBe(expected);
  });

  test("returns the word diff of each other text, in order, with base offsets", () => {
    const base = "fast 10.000 Soldaten";
    const others = ["mehr als 10.000 Soldaten", "fast 10.000 Soldaten"];
    const result = diffAgainstBase(base, others);
    expect(result.segmentsPerOther).toEqual(others.map((o) => diffWords(base, o)));
    for (const word of result.baseWords) expect(base.slice(word.start, word.end)).toBe(word.text);
  });
});
