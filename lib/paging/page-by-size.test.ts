import { describe, expect, test } from "vitest";
import { pageBySize } from "./page-by-size";

const words = (text: string) => text.split(" ");
const length = (item: string) => item.length;

describe("pageBySize", () => {
  test.each([
    { label: "everything fits on one page", items: "a b c", limits: { maxItems: 5, maxSize: 100 }, page: 1, expected: ["a", "b", "c"], pageCount: 1 },
    { label: "the item limit starts page 2", items: "a b c d e", limits: { maxItems: 2, maxSize: 100 }, page: 2, expected: ["c", "d"], pageCount: 3 },
    { label: "the size limit starts a new page", items: "aaaa bbbb cc dd", limits: { maxItems: 10, maxSize: 8 }, page: 2, expected: ["cc", "dd"], pageCount: 2 },
    { label: "an item larger than a page gets one of its own", items: "a bbbbbbbbbbbb c", limits: { maxItems: 10, maxSize: 4 }, page: 2, expected: ["bbbbbbbbbbbb"], pageCount: 3 },
    { label: "a page past the end is empty", items: "a b", limits: { maxItems: 1, maxSize: 10 }, page: 3, expected: [], pageCount: 2 },
  ])("$label", ({ items, limits, page, expected, pageCount }) => {
    const result = pageBySize(words(items), length, limits, { page });
    expect(result.items).toEqual(expected);
    expect(result.pageCount).toBe(pageCount);
  });

  test("an empty list has one empty page", () => {
    expect(pageBySize([], length, { maxItems: 1, maxSize: 10 }, { page: 1 })).toEqual({ items: [], page: 1, pageCount: 1, itemsBefore: 0, total: 0 });
  });

  test("finds the page that holds an item, and says how many items come before it", () => {
    const result = pageBySize(words("a b c d e f g"), length, { maxItems: 3, maxSize: 100 }, { contains: (item) => item === "e" });
    expect(result).toEqual({ items: ["d", "e", "f"], page: 2, pageCount: 3, itemsBefore: 3, total: 7 });
  });

  test("reads a million items from a generator in one pass and keeps one page", () => {
    function* many() {
      for (let i = 0; i < 1_000_000; i++) yield "x";
    }
    const result = pageBySize(many(), length, { maxItems: 200, maxSize: 40_000 }, { page: 5000 });
    expect(result).toMatchObject({ page: 5000, pageCount: 5000, itemsBefore: 999_800, total: 1_000_000 });
    expect(result.items).toHaveLength(200);
  });
});
