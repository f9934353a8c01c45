import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { buildReport } from "./build-report";
import { CSV_COLUMNS, renderCsv } from "./render-csv";
import { reportOptionsSchema } from "./schema";
import { exportFixture, reportInputFixture } from "./test-fixtures";

const AT = "2026-12-02T12:00:00.000Z";
function render(options: object = {}, input = reportInputFixture()) {
  const csv = [...renderCsv(buildReport(input, reportOptionsSchema.parse(options), AT))].join("");
  // csv-parse in strict RFC 4180 mode: every record the same number of fields, quotes well formed.
  const records: string[][] = parse(csv, { bom: true, relax_column_count: false, record_delimiter: "\r\n" });
  const [header, ...rows] = records;
  return { csv, header: header!, rows: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!]))) };
}

describe("the CSV report", () => {
  test("starts with a UTF-8 byte order mark and ends its records with CRLF", () => {
    const { csv } = render();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "").includes("\n")).toBe(false);
  });

  test("has the documented columns and one row per claim shown", () => {
    const { header, rows } = render();
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3 + 2 + 1);
    expect(rows.map((r) => `${r.claim_number} ${r.outlet}`).slice(0, 3)).toEqual(["1 Regio-Kurier", "2 Pinewood Dispatch", "3 Dorfbote"]);
  });

  test("keeps German text, the value's interval and the verdict", () => {
    const minister = render().rows[2]!;
    expect(minister).toMatchObject({
      question: "How many people were evacuated in Germany?",
      facet_status: "disputed",
      verdict_rating: "mostly-false",
      quote: "mehr als 10.000 Menschen",
      changed_words: "mehr als",
      value: "> 10.000",
      value_normalized: "over 10,000",
      value_kind: "quantity",
      min: "10000",
      min_inclusive: "false",
      max: "",
      standing: "conflicts",
      article_language: "de",
    });
    expect(minister.verdict).toBe("The ministry's figure of more than 10,000 counts people in shelters twice; the almost 10,000 of the fire brigade holds.");
  });

  test("quotes commas, quotes and line breaks, and keeps formulas from running", () => {
    const exported = exportFixture();
    exported.facets[1]!.label = 'Evacuated, "officially"\nper fire brigade';
    exported.articles[0]!.title = "=HYPERLINK(\"http://evil.example\")";
    const { rows } = render({}, { exported, verdicts: [] });
    const row = rows.find((r) => r.outlet === "Regio-Kurier" && r.facet_status === "disputed")!;
    expect(row.question).toBe('Evacuated, "officially"\nper fire brigade');
    expect(row.article_title).toBe("'=HYPERLINK(\"http://evil.example\")");
  });

  test("gives a figure's stage as its code, empty when the article says nothing of it", () => {
    const { rows } = render({ language: "de" });
    expect(rows.map((r) => [r.claim_number, r.outlet, r.figure_status]).slice(0, 3)).toEqual([
      ["1", "Regio-Kurier", "provisional"],
      ["2", "Pinewood Dispatch", ""],
      ["3", "Dorfbote", ""],
    ]);
  });

  test("the options apply: disputed only, in German", () => {
    const { rows } = render({ disputedOnly: true, language: "de" });
    expect(rows).toHaveLength(3);
    expect(rows[0]!.value_normalized).toBe("9.000 bis unter 10.000");
    expect(rows[0]!.certainty).toBe("stated");
  });
});
