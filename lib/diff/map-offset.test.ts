import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffWords } from "./diff-words";
import { mapOffset } from "./map-offset";

describe("mapOffset", () => {
  test.each([
    { label: "Null case", before: "", after: "", offset: 0, expected: 0 },
    { label: "Equal texts map to themselves", before: "The cat", after: "The cat", offset: 4, expected: 4 },
    { label: "Before an insertion: unchanged", before: "The cat", after: "The big cat", offset: 1, expected: 1 },
    { label: "At an insertion: moves past it", before: "The cat", after: "The big cat", offset: 4, expected: 8 },
    { label: "After an insertion: shifted by its length", before: "The cat", after: "The big cat", offset: 5, expected: 9 },
    { label: "Inside a deletion: to where the deletion was", before: "The big cat", after: "The cat", offset: 6, expected: 4 },
    { label: "After a deletion: shifted back", before: "The big cat", after: "The cat", offset: 8, expected: 4 },
    { label: "End of text", before: "The big cat", after: "The cat", offset: 11, expected: 7 },
    {
      label: "Through a replacement, onto the next word",
      before: "fast 10.000 Streikende",
      after: "mehr als 10.000 Streikende",
      offset: 5,
      expected: 9,
    },
    { label: "Past an astral character (2 code units)", before: "😀 cat", after: "x 😀 cat", offset: 3, expected: 5 },
  ])("$label", ({ before, after, offset, expected }) => {
    expect(mapOffset(diffWords(before, after), offset)).toBe(expected);
  });

  test.each([
    { label: "negative", offset: -1 },
    { label: "past the end", offset: 8 },
    { label: "fractional", offset: 1.5 },
  ])("throws RangeError for an offset that is $label", ({ offset }) => {
    expect(() => mapOffset(diffWords("The cat", "The big cat"), offset)).toThrow(RangeError);
  });

  test("an offset in unchanged text lands on the same character", () => {
    const words = fc.string({ unit: fc.constantFrom("a", "b", " ", ".", "😀") });
    fc.assert(
      fc.property(words, words, fc.nat(), (before, after, seed) => {
        const segments = diffWords(before, after);
        let pos1 = 0;
        let pos2 = 0;
        for (const { kind, text } of segments) {
          if (kind === "equal" && text.length > 0) {
            const k = seed % text.length;
            expect(mapOffset(segments, pos1 + k)).toBe(pos2 + k);
          }
          if (kind !== "insert") pos1 += text.length;
          if (kind !== "delete") pos2 += text.length;
        }
      }),
    );
  });
});
