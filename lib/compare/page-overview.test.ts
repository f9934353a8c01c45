import { describe, expect, test } from "vitest";
import { buildEventMatrix } from "./build-event-matrix";
import type { MatrixArticle } from "./event-matrix-schema";
import { OVERVIEW_PAGE_SIZE, pageEventMatrix, pageInfo, planOverviewPage, type PagedFacet } from "./page-overview";
import { article, matrixClaim, quantity } from "./test-fixtures";

const articles: MatrixArticle[] = Array.from({ length: 45 }, (_, i) => article(`a${i}`, `Outlet ${i % 3}`, `2024-10-${String((i % 28) + 1).padStart(2, "0")}`));
const facets: PagedFacet[] = Array.from({ length: 30 }, (_, i) => ({
  id: `f${i}`,
  label: `Facet ${i}`,
  kind: "quantity",
  unit: null,
  status: i % 3 === 0 ? "disputed" : "agreed",
  claimCount: i === 29 ? 0 : 5,
}));
const first = { columns: 1, rows: 1, contradictions: 1 };

describe("pageInfo", () => {
  test.each([
    { label: "Null case: an empty list has one empty page", total: 0, requested: 1, expected: { page: 1, pageCount: 1, first: 0 } },
    { label: "the second page starts after the first", total: 45, requested: 2, expected: { page: 2, pageCount: 3, first: 20 } },
    { label: "a page past the end is the last", total: 45, requested: 9, expected: { page: 3, pageCount: 3, first: 40 } },
    { label: "a page below 1 is the first", total: 45, requested: -4, expected: { page: 1, pageCount: 3, first: 0 } },
  ])("$label", ({ total, requested, expected }) => {
    expect(pageInfo(total, 20, requested)).toMatchObject(expected);
  });
});

describe("planOverviewPage", () => {
  test("shows 8 articles, in the matrix's outlet order, and 25 facets with compared claims", () => {
    const plan = planOverviewPage(articles, facets, { disputed: false }, first, 0);
    expect(plan.columns).toHaveLength(OVERVIEW_PAGE_SIZE.columns);
    // The first 8 of Outlet 0's 15 articles side by side; the rest are on the next page.
    expect(plan.groups.map((g) => [g.outlet, g.articles.length])).toEqual([["Outlet 0", 8]]);
    expect(plan.rows.map((f) => f.id)).toEqual(facets.slice(0, 25).map((f) => f.id));
    expect(plan.rowPage).toMatchObject({ pageCount: 2, total: 29 });
  });

  test("the second pages hold the rest; a facet no article answers is never a row", () => {
    const plan = planOverviewPage(articles, facets, { disputed: false }, { columns: 6, rows: 2, contradictions: 1 }, 0);
    // Columns 41–45: the last 5 of Outlet 2's 15 articles.
    expect(plan.columns.map((a) => a.id)).toEqual(["a32", "a35", "a38", "a41", "a44"]);
    expect(plan.rows.map((f) => f.id)).toEqual(["f25", "f26", "f27", "f28"]);
  });

  test("disputed only pages through the disputed facets and counts the others as hidden", () => {
    const plan = planOverviewPage(articles, facets, { disputed: true }, first, 0);
    expect(plan.rows.every((f) => f.status === "disputed")).toBe(true);
    expect(plan.rows).toHaveLength(10);
    expect(plan.hiddenFacetCount).toBe(19);
  });
});

describe("pageEventMatrix", () => {
  test("cuts a matrix compared as a whole to the page's columns, rows and contradictions", () => {
    const few = articles.slice(0, 24);
    const input = {
      articles: few,
      facets: [
        {
          id: "dead",
          key: null,
          label: "Dead",
          kind: "quantity" as const,
          unit: null,
          claims: few.map((a, i) => matrixClaim(`c${i}`, a.id, quantity(i % 2 ? 100 : 200, i % 2 ? 100 : 200), { outlet: a.outlet, publishedAt: "2024-10-01", attribution: `Voice ${i}` })),
        },
      ],
    };
    const whole = buildEventMatrix(input);
    const page = pageEventMatrix(whole, { columns: 2, rows: 1, contradictions: 2 });
    const secondPage = whole.columns.slice(OVERVIEW_PAGE_SIZE.columns, 2 * OVERVIEW_PAGE_SIZE.columns).map((a) => a.id);
    expect(page.matrix.columns.map((a) => a.id)).toEqual(secondPage);
    expect(page.matrix.rows[0]?.cells.map((c) => c.articleId)).toEqual(secondPage);
    expect(page.matrix.contradictions).toEqual(
      whole.contradictions.slice(OVERVIEW_PAGE_SIZE.contradictions, 2 * OVERVIEW_PAGE_SIZE.contradictions).map((g) => ({ ...g, sides: g.sides.map((s) => ({ ...s, claims: s.claims.slice(0, OVERVIEW_PAGE_SIZE.claimsPerSide) })) })),
    );
    expect(page.contradictionPage).toMatchObject({ page: 2, total: whole.contradictions.length });
  });
});
