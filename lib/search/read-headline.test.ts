import { describe, expect, test } from "vitest";
import { highlightSegments } from "./highlight-segments";
import { HIT_START as S, HIT_STOP as E, readHeadline, withoutMarkers } from "./read-headline";

describe("readHeadline", () => {
  test.each([
    { label: "Null case", marked: "", original: "", expected: [] },
    { label: "no hit", marked: "Flood in Marrow", original: "Flood in Marrow", expected: [] },
    {
      label: "two hits, one with an accent and one after an emoji (UTF-16 offsets)",
      marked: `Mayor 🙂 ${S}Brándauer${E} visited ${S}Marrow${E}.`,
      original: "Mayor 🙂 Brándauer visited Marrow.",
      expected: [
        { start: 9, end: 18 },
        { start: 27, end: 33 },
      ],
    },
  ])("$label", ({ marked, original, expected }) => {
    expect(readHeadline(marked, original)).toEqual(expected);
  });

  test("refuses output that is not the original with markers, rather than mark the wrong words", () => {
    expect(readHeadline(`${S}Flood${E} in Marrow`, "Flood  in Marrow")).toBeNull();
  });

  test("markers in an article's own text become spaces, so offsets do not move", () => {
    expect(withoutMarkers(`a${S}b${E}c`)).toBe("a b c");
  });
});

describe("highlightSegments", () => {
  const text = "The river Linden burst its banks near Marrow.";
  test.each([
    { label: "Null case", range: { start: 0, end: 0 }, hits: [], cut: undefined, expected: [] },
    {
      label: "hits inside the range are marked",
      range: { start: 4, end: 44 },
      hits: [{ start: 10, end: 16 }],
      cut: undefined,
      expected: [
        { text: "river ", hit: false },
        { text: "Linden", hit: true },
        { text: " burst its banks near Marrow", hit: false },
      ],
    },
    {
      label: "a hit across the range's edge is kept in part; cuts show as …",
      range: { start: 12, end: 22 },
      hits: [{ start: 10, end: 16 }],
      cut: { before: true, after: true },
      expected: [
        { text: "…", hit: false },
        { text: "nden", hit: true },
        { text: " burst", hit: false },
        { text: "…", hit: false },
      ],
    },
    {
      label: "adjacent hits merge",
      range: { start: 0, end: 16 },
      hits: [
        { start: 4, end: 9 },
        { start: 9, end: 16 },
      ],
      cut: undefined,
      expected: [
        { text: "The ", hit: false },
        { text: "river Linden", hit: true },
      ],
    },
  ])("$label", ({ range, hits, cut, expected }) => {
    expect(highlightSegments(text, range, hits, cut)).toEqual(expected);
  });
});
