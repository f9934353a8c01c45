import { describe, expect, test } from "vitest";
import { groupArticlesByOutlet } from "./group-articles-by-outlet";
import { article } from "./test-fixtures";

describe("groupArticlesByOutlet", () => {
  test.each([
    { label: "Null case", articles: [], expected: [] },
    {
      label: "an outlet's later article joins its first",
      articles: [article("1", "A", "2024-01-01"), article("2", "B", "2024-01-02"), article("3", "A", "2024-01-03")],
      expected: [["A", ["1", "3"]], ["B", ["2"]]],
    },
    {
      label: "articles of unknown outlets form one group",
      articles: [article("1", null, "2024-01-01"), article("2", "B", null), article("3", null, null)],
      expected: [[null, ["1", "3"]], ["B", ["2"]]],
    },
  ])("$label", ({ articles, expected }) => {
    expect(groupArticlesByOutlet(articles).map((g) => [g.outlet, g.articles.map((a) => a.id)])).toEqual(expected);
  });
});
