import { expect, test } from "vitest";
import { REPORT_FORMATS, type ReportFormat, exportQuerySchema } from "./formats";
import { renderReport } from "./render-report";
import { reportOptionsSchema } from "./schema";
import { reportInputFixture } from "./test-fixtures";

const context = (language: "en" | "de" = "en") => ({
  input: reportInputFixture(),
  options: reportOptionsSchema.parse({ language }),
  generatedAt: "2026-12-02T12:00:00.000Z",
  baseUrl: "https://claimdiff.example",
});

test.each([
  { format: "md", fileName: "flood-fixture-report.md", starts: "# Evacuations in the river flood" },
  { format: "html", fileName: "flood-fixture-report.html", starts: "<!doctype html>" },
  { format: "pdf", fileName: "flood-fixture-report.pdf", starts: "%PDF-" },
  { format: "csv", fileName: "flood-fixture-report-claims.csv", starts: "\uFEFFevent,facet_id" },
  { format: "json", fileName: "flood-fixture.json", starts: '{\n  "schemaVersion": 2' },
  { format: "claimreview", fileName: "flood-fixture-report-claimreview.jsonld", starts: '{\n  "@context": "https://schema.org"' },
] as { format: ReportFormat; fileName: string; starts: string }[])("$format: its media type, file name and bytes", async ({ format, fileName, starts }) => {
  const rendered = renderReport(format, context());
  expect(rendered.mediaType).toBe(REPORT_FORMATS[format].mediaType);
  expect(rendered.fileName).toBe(fileName);
  const chunks: Uint8Array[] = [];
  for await (const chunk of rendered.chunks) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  expect(bytes.toString(format === "pdf" ? "latin1" : "utf8").startsWith(starts)).toBe(true);
});

test("a German report's file says so in its name; the JSON export has no language", () => {
  expect(renderReport("pdf", context("de")).fileName).toBe("flood-fixture-report-de.pdf");
  expect(renderReport("json", context("de")).fileName).toBe("flood-fixture.json");
});

test.each([
  { label: "nothing: the JSON export as the response", query: {}, expected: { format: undefined } },
  { label: "a format and every option", query: { format: "pdf", language: "de", disputedOnly: "1", notes: "0", facets: "00000000-0000-4000-8000-000000000021, 00000000-0000-4000-8000-000000000022" }, expected: { format: "pdf", language: "de", disputedOnly: true, notes: false, facets: ["00000000-0000-4000-8000-000000000021", "00000000-0000-4000-8000-000000000022"] } },
])("the export query: $label", ({ query, expected }) => {
  expect(exportQuerySchema.parse(query)).toEqual(expected);
});

test.each([
  { label: "an unknown format", query: { format: "docx" } },
  { label: "an unknown language", query: { language: "fr" } },
  { label: "a facet id that is no id", query: { facets: "evacuated" } },
  { label: "a flag that is no yes or no", query: { notes: "maybe" } },
])("the export query refuses $label", ({ query }) => {
  expect(exportQuerySchema.safeParse(query).success).toBe(false);
});
