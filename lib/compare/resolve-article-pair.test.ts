import { describe, expect, test } from "vitest";
import { resolveArticlePair } from "./resolve-article-pair";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const C = "00000000-0000-4000-8000-00000000000c";
const articles = [
  { id: A, revisions: [1] },
  { id: B, revisions: [2, 1] },
  { id: C, revisions: [1] },
];

describe("resolveArticlePair", () => {
  test.each([
    {
      label: "nothing chosen: the revisions of the first re-published article, older on the left",
      query: {},
      expected: { a: { articleId: B, revision: 1 }, b: { articleId: B, revision: 2 }, baseId: B },
    },
    {
      label: "one article with one revision chosen: the next article",
      query: { a: A },
      expected: { a: { articleId: A, revision: 1 }, b: { articleId: B, revision: 2 }, baseId: A },
    },
    {
      label: "two articles at their latest revisions",
      query: { a: C, b: A },
      expected: { a: { articleId: C, revision: 1 }, b: { articleId: A, revision: 1 }, baseId: C },
    },
    {
      label: "two revisions named by the reader's link",
      query: { a: B, ar: 1, b: B, br: 2 },
      expected: { a: { articleId: B, revision: 1 }, b: { articleId: B, revision: 2 }, baseId: B },
    },
    {
      label: "revisions given newer first are shown older first",
      query: { a: B, ar: 2, b: B, br: 1, base: C },
      expected: { a: { articleId: B, revision: 1 }, b: { articleId: B, revision: 2 }, baseId: C },
    },
    {
      label: "a revision an article lacks falls back to its latest; an unknown article to the default",
      query: { a: A, ar: 7, b: "00000000-0000-4000-8000-000000000999" },
      expected: { a: { articleId: A, revision: 1 }, b: { articleId: B, revision: 2 }, baseId: A },
    },
  ])("$label", ({ query, expected }) => {
    expect(resolveArticlePair(articles, query)).toEqual(expected);
  });

  test("Null case: no article with text", () => {
    expect(resolveArticlePair([{ id: A, revisions: [] }], {})).toBeNull();
  });
});
