import { describe, expect, test } from "vitest";
import { buildEventMatrix } from "./build-event-matrix";
import type { EventMatrixInput } from "./event-matrix-schema";
import { article, matrixClaim, quantity } from "./test-fixtures";

// Rhein-Kurier twice (a story and its follow-up), Donaublatt, Northsea Herald, about one toll.
const articles = [
  article("rk1", "Rhein-Kurier", "2024-10-25"),
  article("db", "Donaublatt", "2024-11-01"),
  article("rk2", "Rhein-Kurier", "2024-11-30"),
  article("pd", "Northsea Herald", "2024-12-17", "en"),
];
const dead: EventMatrixInput["facets"][number] = {
  id: "dead",
  key: "quantity:dead",
  label: "Dead in Spain",
  kind: "quantity",
  unit: null,
  claims: [
    matrixClaim("more", "rk1", quantity(10000, null, false, true), { outlet: "Rhein-Kurier", attribution: "interior ministry", certainty: "hedged" }),
    matrixClaim("almost", "db", quantity(9000, 10000, true, false), { outlet: "Donaublatt", attribution: "Anna Beispiel" }),
    matrixClaim("city", "db", quantity(7200, 8800), { outlet: "Donaublatt", attribution: "Anna Beispiel", scope: "ES/Valencia" }),
    matrixClaim("about", "pd", quantity(9900, 12100, true, true), { outlet: "Northsea Herald", attribution: "fire brigade" }),
  ],
};
const treaty: EventMatrixInput["facets"][number] = {
  id: "treaty",
  key: "date:sign/treaty",
  label: "Treaty signing date",
  kind: "date",
  unit: null,
  claims: [
    matrixClaim("day", "rk1", { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" }),
    matrixClaim("month", "rk2", { kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" }),
  ],
};
const input: EventMatrixInput = { articles, facets: [dead, treaty] };

const cellsOf = (matrix: ReturnType<typeof buildEventMatrix>, facetId: string) =>
  matrix.rows.find((r) => r.facet.id === facetId)?.cells.map((c) => c.claims.map((x) => `${x.short} ${x.relation}`).join(" | ") || "–");

describe("buildEventMatrix", () => {
  test("columns are grouped by outlet, groups in the order of their first article", () => {
    const matrix = buildEventMatrix(input);
    expect(matrix.groups.map((g) => [g.outlet, g.articles.map((a) => a.id)])).toEqual([
      ["Rhein-Kurier", ["rk1", "rk2"]],
      ["Donaublatt", ["db"]],
      ["Northsea Herald", ["pd"]],
    ]);
    expect(matrix.columns.map((a) => a.id)).toEqual(["rk1", "rk2", "db", "pd"]);
  });

  test.each([
    {
      label: "dead: the conflict, the compatible figure, the part in another scope",
      facet: "dead",
      cells: ["> 10.000 conflicts", "–", "fast 10.000 conflicts | 7.200–8.800 scope", "9,900–12,100 agrees"],
    },
    {
      label: "treaty: a day and its month agree, in each article's date format",
      facet: "treaty",
      cells: ["19. Juni 2024 agrees", "Juni 2024 agrees", "–", "–"],
    },
  ])("cells — $label", ({ facet, cells }) => {
    expect(cellsOf(buildEventMatrix(input), facet)).toEqual(cells);
  });

  test("each row has the facet's status and the cell's strongest relation", () => {
    const matrix = buildEventMatrix(input);
    expect(matrix.rows.map((r) => [r.facet.id, r.status])).toEqual([
      ["dead", "disputed"],
      ["treaty", "agreed"],
    ]);
    expect(matrix.rows[0]?.cells.map((c) => c.relation)).toEqual(["conflicts", null, "conflicts", "agrees"]);
  });

  test.each([
    { label: "Null case: no filters", filters: {}, columns: ["rk1", "rk2", "db", "pd"], rows: ["dead", "treaty"], hidden: 0 },
    { label: "one language", filters: { language: "en" }, columns: ["pd"], rows: ["dead"], hidden: 0 },
    { label: "one outlet", filters: { outlet: "Rhein-Kurier" }, columns: ["rk1", "rk2"], rows: ["dead", "treaty"], hidden: 0 },
    { label: "disputed only", filters: { disputed: true }, columns: ["rk1", "rk2", "db", "pd"], rows: ["dead"], hidden: 1 },
    { label: "an unknown outlet matches nothing", filters: { outlet: "Nobody" }, columns: [], rows: [], hidden: 0 },
  ])("filters — $label", ({ filters, columns, rows, hidden }) => {
    const matrix = buildEventMatrix(input, filters);
    expect(matrix.columns.map((a) => a.id)).toEqual(columns);
    expect(matrix.rows.map((r) => r.facet.id)).toEqual(rows);
    expect(matrix.hiddenFacetCount).toBe(hidden);
    expect(matrix.languages).toEqual(["de", "en"]);
  });

  test("filters compare only the shown articles: without Donaublatt nothing conflicts", () => {
    const matrix = buildEventMatrix({ ...input, articles: articles.filter((a) => a.id !== "db") });
    expect(matrix.rows.find((r) => r.facet.id === "dead")?.status).toBe("agreed");
    expect(matrix.contradictions).toEqual([]);
  });

  test("a figure and its headline repeat in one article do not count as agreement", () => {
    const alone = {
      ...dead,
      claims: [
        matrixClaim("head", "db", quantity(9000, 10000, true, false)),
        matrixClaim("body", "db", quantity(9000, 10000, true, false)),
      ],
    };
    const matrix = buildEventMatrix({ articles, facets: [alone] });
    expect(matrix.rows[0]?.cells.find((c) => c.articleId === "db")?.claims.map((c) => c.relation)).toEqual(["only", "only"]);
  });

  test("the city's figure is never among the contradictions", () => {
    const { contradictions } = buildEventMatrix(input);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]).toMatchObject({
      facet: { id: "dead" },
      independent: true,
      sides: [
        { claimant: "interior ministry", claims: [{ id: "more", outlet: "Rhein-Kurier", short: "> 10.000" }] },
        { claimant: "Anna Beispiel", claims: [{ id: "almost", outlet: "Donaublatt", publishedAt: "2024-11-01" }] },
      ],
    });
    expect(contradictions[0]?.reason).toMatch(/cannot both be true/);
  });

  test("facets no shown article answers get no row", () => {
    const empty = { ...treaty, id: "empty", claims: [] };
    expect(buildEventMatrix({ articles, facets: [empty] }).rows).toEqual([]);
  });
});
