import { describe, expect, test } from "vitest";
import { diffWords } from "./diff-words";
import { mapRange } from "./map-range";

// Ranges are given by the quoted words so the table reads as prose.
function rangeOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in "${text}"`);
  return { start, end: start + quote.length };
}

describe("mapRange", () => {
  test.each([
    { label: "Equal texts", before: "etwa 8.000 in Leeds", after: "etwa 8.000 in Leeds", quote: "8.000", expected: "8.000" },
    { label: "Shifted by an earlier insertion", before: "etwa 8.000 in Leeds", after: "Laut USA etwa 8.000 in Leeds", quote: "8.000", expected: "8.000" },
    { label: "Shifted by an earlier deletion", before: "Laut USA etwa 8.000 in Leeds", after: "etwa 8.000 in Leeds", quote: "8.000 in", expected: "8.000 in" },
    { label: "Insertion inside the range is included", before: "etwa 8.000 in Leeds", after: "etwa 8.000 Helfer in Leeds", quote: "8.000 in", expected: "8.000 Helfer in" },
    { label: "Insertion at the start edge is excluded", before: "etwa 8.000 in Leeds", after: "etwa rund 8.000 in Leeds", quote: "8.000", expected: "8.000" },
    { label: "Insertion at the end edge is excluded", before: "etwa 8.000 in Leeds", after: "etwa 8.000 Mann in Leeds", quote: "etwa 8.000", expected: "etwa 8.000" },
    { label: "Partly deleted: the surviving part", before: "etwa 8.000 Helfer in Leeds", after: "etwa 8.000 in Leeds", quote: "Helfer in Leeds", expected: "in Leeds" },
    { label: "Partly replaced: the surviving part", before: "fast 10.000 Helfer", after: "mehr als 10.000 Helfer", quote: "fast 10.000", expected: " 10.000" },
    { label: "Deleted entirely", before: "etwa 8.000 Helfer in Leeds", after: "etwa 8.000 in Leeds", quote: "Helfer", expected: null },
    { label: "Replaced entirely", before: "fast 10.000 Helfer", after: "mehr als 10.000 Helfer", quote: "fast", expected: null },
  ])("$label", ({ before, after, quote, expected }) => {
    const mapped = mapRange(diffWords(before, after), rangeOf(before, quote));
    expect(mapped === null ? null : after.slice(mapped.start, mapped.end)).toBe(expected);
  });

  test.each([
    { label: "Null case", before: "", after: "", range: { start: 0, end: 0 }, expected: { start: 0, end: 0 } },
    { label: "Empty range maps like mapOffset", before: "The cat", after: "The big cat", range: { start: 4, end: 4 }, expected: { start: 8, end: 8 } },
  ])("$label", ({ before, after, range, expected }) => {
    expect(mapRange(diffWords(before, after), range)).toEqual(expected);
  });

  test.each([
    { label: "reversed", range: { start: 3, end: 1 } },
    { label: "past the end", range: { start: 0, end: 99 } },
    { label: "negative", range: { start: -1, end: 2 } },
  ])("throws RangeError for a range that is $label", ({ range }) => {
    expect(() => mapRange(diffWords("The cat", "The big cat"), range)).toThrow(RangeError);
  });
});
