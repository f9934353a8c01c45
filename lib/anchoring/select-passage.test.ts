import { describe, expect, test } from "vitest";
import { selectPassage } from "./select-passage";
import { CONTEXT_LENGTH } from "./schema";

describe("selectPassage", () => {
  const text = `${"a".repeat(50)} Leeds ${"b".repeat(50)}`;
  const start = text.indexOf("Leeds");

  test("keeps 32 characters of context on each side, and both selectors agree", () => {
    const { quote, position } = selectPassage(text, start, start + 5);
    expect(quote.exact).toBe("Leeds");
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(text.slice(position.start - CONTEXT_LENGTH, position.end + CONTEXT_LENGTH)).toBe(quote.prefix + quote.exact + quote.suffix);
  });

  test("context is shorter at the edges of the text", () => {
    expect(selectPassage("Leeds heute", 0, 5).quote).toEqual({ exact: "Leeds", prefix: "", suffix: " heute" });
  });

  test("context never begins inside a surrogate pair", () => {
    const withEmoji = `x${"🙂".repeat(20)}Leeds`;
    const at = withEmoji.indexOf("Leeds");
    const { prefix } = selectPassage(withEmoji, at, at + 5).quote;
    expect(prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(prefix.charCodeAt(0)).not.toBe(0xde42);
    expect(prefix.endsWith("🙂")).toBe(true);
  });

  test.each([
    { label: "empty", start: 3, end: 3 },
    { label: "past the end", start: 0, end: 500 },
    { label: "negative", start: -1, end: 2 },
  ])("refuses a range that is $label", ({ start, end }) => {
    expect(() => selectPassage(text, start, end)).toThrow(RangeError);
  });
});
