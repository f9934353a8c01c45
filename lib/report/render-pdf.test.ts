import { inflateSync } from "node:zlib";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, test } from "vitest";
import { buildReport } from "./build-report";
import { renderPdf } from "./render-pdf";
import { reportOptionsSchema } from "./schema";
import { reportInputFixture } from "./test-fixtures";

const AT = "2026-12-02T12:00:00.000Z";

async function render(options: object = {}) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of renderPdf(buildReport(reportInputFixture(), reportOptionsSchema.parse(options), AT))) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  // pdf.js (through unpdf) reads the file as a PDF reader would and extracts its text.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const info = (await pdf.getMetadata()).info as Record<string, unknown>;
  // Words wrapped in a table cell come out on separate lines: compare with whitespace collapsed.
  const all = (text as string[]).join("\n").replace(/\s+/g, " ");
  return { bytes, chunks: chunks.length, totalPages, pages: text as string[], all, info };
}

/** The page content streams, inflated: where the drawing operators are. */
function contentStreams(bytes: Buffer): string {
  const raw = bytes.toString("latin1");
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)]
    .map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
      } catch {
        return "";
      }
    })
    .join("\n");
}

describe("the PDF report", () => {
  test("is a PDF with the report's title, language and pages, written a piece at a time", async () => {
    const { bytes, info, totalPages, chunks } = await render();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(info.Title).toBe("Evacuations in the river flood — Comparison report");
    expect(info.Language).toBe("en");
    expect(totalPages).toBeGreaterThanOrEqual(2);
    expect(chunks).toBeGreaterThan(1);
  });

  test("has every part of the report as text: summary, sources, claims, relations, verdict, notes, methodology", async () => {
    const { all, pages } = await render();
    expect(pages[0]).toContain("Evacuations in the river flood\nComparison report · Sources published 18 Oct 2024 – 5 Nov 2024");
    for (const expected of [
      "Summary",
      "Regio-Kurier (regio-kurier.example, DE)",
      "1. How many people were evacuated in Germany?",
      "Verdict: Mostly false",
      "“fast 10.000 Menschen”",
      "mehr als 10.000 Menschen",
      "9,000 to under 10,000",
      "1 ↔ 3 · conflicting #1",
      "Roth said this on 5 November; <script>alert(1)</script> check the transcript.",
      "Methodology",
    ]) {
      expect(all).toContain(expected);
    }
  });

  test("names a figure's stage beside its certainty and review", async () => {
    expect((await render({ language: "de" })).all).toContain("behauptet · vorläufiges Ergebnis · bestätigt");
  });

  test("draws the timeline: its tick labels and claimants are on the page", async () => {
    const { all } = await render();
    expect(all).toMatch(/Timeline[\s\S]*10,000[\s\S]*Jana Roth[\s\S]*as of \(else published\)/);
  });

  test("puts the differing words on a highlight", async () => {
    const streams = contentStreams((await render()).bytes);
    // A rectangle, filled with #fde68a as pdfkit writes the colour, then a quote's words drawn on it
    // (the table's 8.5 pt; the legend's sample highlight below the table is 7.5 pt).
    expect(streams).toMatch(/[\d.]+ [\d.]+ [\d.]+ [\d.]+ re\s+\/DeviceRGB cs\s+0\.99215\d* 0\.90196\d* 0\.54117\d* scn\s+f\s[^\]]{0,200}?\/F1 8\.5 Tf\s+\[[^\]]*\] TJ/);
  });

  test("embeds its font, so German text reads right anywhere", async () => {
    const { bytes, all } = await render({ language: "de" });
    const raw = bytes.toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Geist-Regular/);
    expect(all).toContain("Zusammenfassung");
    expect(all).toContain("Übereinstimmende Fragen");
    expect(all).toContain("Bewertung: Überwiegend falsch");
    expect(all).toContain("9.000 bis unter 10.000");
    expect(all).toContain("Anmerkungen der Redaktion");
  });
});
