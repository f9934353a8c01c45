import { describe, expect, test } from "vitest";
import { MAX_PASSAGE, splitPassages } from "./split-passages";

describe("splitPassages", () => {
  test.each([
    { label: "Null case", text: "", expected: [] },
    {
      label: "one passage per paragraph, with its offsets",
      text: "Headline\n\n  First paragraph.  \nSecond.",
      expected: [
        { text: "Headline", start: 0, end: 8 },
        { text: "First paragraph.", start: 12, end: 28 },
        { text: "Second.", start: 31, end: 38 },
      ],
    },
  ])("$label", ({ text, expected }) => {
    expect(splitPassages(text)).toEqual(expected);
  });

  test("a paragraph longer than the limit is cut at sentence ends, and nothing is lost", () => {
    const sentence = "The river Linden burst its banks near Marrow on Tuesday night. ";
    const text = `Headline\n${sentence.repeat(100).trim()}`;
    const passages = splitPassages(text);
    expect(passages.length).toBeGreaterThan(3);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE);
      expect(text.slice(passage.start, passage.end)).toBe(passage.text);
    }
    expect(passages.slice(1, -1).every((p) => p.text.endsWith("night."))).toBe(true);
    expect(passages.map((p) => p.text).join(" ")).toBe(`Headline ${sentence.repeat(100).trim()}`);
  });

  test("a text without spaces is cut hard, never inside a surrogate pair", () => {
    const text = "🙂".repeat(MAX_PASSAGE);
    const passages = splitPassages(text);
    expect(passages.map((p) => p.text).join("")).toBe(text);
    expect(passages.every((p) => !/^[\uDC00-\uDFFF]/.test(p.text))).toBe(true);
  });
});
