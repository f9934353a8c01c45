import { describe, expect, test } from "vitest";
import { articleLengthProblem } from "./article-limits";
import { pageOfParagraphs } from "./page-of-paragraphs";

const small = { maxItems: 2, maxSize: 1000, maxPieceCharacters: 10 };

describe("pageOfParagraphs", () => {
  test("a short article is one page, its paragraphs with their offsets", () => {
    const text = "Headline\n\nFirst paragraph.\nSecond.";
    const page = pageOfParagraphs(text, { page: 1 });
    expect(page.pageCount).toBe(1);
    expect(page.items.map((p) => text.slice(p.start, p.end))).toEqual(["Headline", "First paragraph.", "Second."]);
  });

  test("a long article comes a page at a time", () => {
    const text = ["a", "b", "c", "d", "e"].join("\n");
    const page = pageOfParagraphs(text, { page: 2 }, small);
    expect(page).toMatchObject({ page: 2, pageCount: 3, itemsBefore: 2 });
    expect(page.items.map((p) => p.text)).toEqual(["c", "d"]);
  });

  test("finds the page that holds a character offset", () => {
    const text = ["one", "two", "three", "four", "five"].join("\n");
    const page = pageOfParagraphs(text, { at: text.indexOf("four") + 1 }, small);
    expect(page.page).toBe(2);
    expect(page.items.map((p) => p.text)).toEqual(["three", "four"]);
  });

  test("cuts a paragraph longer than a piece between words, keeping offsets into the text", () => {
    const text = "Head\nalpha beta gamma delta epsilon";
    const pieces = pageOfParagraphs(text, { page: 1 }, { ...small, maxItems: 100 }).items;
    expect(pieces.map((p) => p.text)).toEqual(["Head", "alpha beta", "gamma", "delta", "epsilon"]);
    for (const piece of pieces) expect(text.slice(piece.start, piece.end)).toBe(piece.text);
  });

  test("the 2 MB article of a million one-letter lines is read in one pass, one page kept", () => {
    const text = `Huge\n${"x\n".repeat(1_000_001)}`;
    const page = pageOfParagraphs(text, { page: 3 });
    expect(page.items).toHaveLength(150);
    expect(page.pageCount).toBe(Math.ceil(1_000_002 / 150));
  });
});

describe("articleLengthProblem", () => {
  test.each([
    { label: "an ordinary article", text: "Headline\n\nA paragraph.\nAnother.", problem: null },
    { label: "10,000 lines", text: "x\n".repeat(10_000), problem: null },
    { label: "blank lines do not count", text: `${"x\n\n\n".repeat(10_000)}`, problem: null },
    { label: "10,001 lines", text: "x\n".repeat(10_001), problem: /^10,001 lines of text; an article may have at most 10,000/ },
    { label: "a million lines", text: "x\n".repeat(1_000_002), problem: /^1,000,002 lines of text/ },
    { label: "a line of 50,000 characters", text: `Head\n${"a".repeat(50_000)}`, problem: null },
    { label: "a line of 50,001 characters", text: `Head\n${"a".repeat(50_001)}`, problem: /a line of 50,001 characters; a paragraph may have at most 50,000/ },
  ])("$label", ({ text, problem }) => {
    if (problem) expect(articleLengthProblem(text)).toMatch(problem);
    else expect(articleLengthProblem(text)).toBeNull();
  });
});
