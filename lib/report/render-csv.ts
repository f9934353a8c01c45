import { placeName } from "@/lib/places";
import { stringify } from "csv-stringify/sync";
import { plainText } from "./markdown-runs";
import type { Report, ReportClaim, ReportFacet, ReportSource } from "./schema";

/**
 * The columns of the CSV report, in order: what each holds is documented in the README
 * ("CSV columns"). Codes (status, certainty, figure status, review, standing, kind) are the same words in every
 * language; `value_normalized` is in the report's language.
 */
export const CSV_COLUMNS = [
  "event",
  "facet_id",
  "question",
  "facet_status",
  "verdict_rating",
  "verdict",
  "claim_number",
  "claim_id",
  "article_id",
  "outlet",
  "published",
  "article_language",
  "article_title",
  "article_url",
  "claimant",
  "attributed",
  "certainty",
  "figure_status",
  "review",
  "quote",
  "changed_words",
  "value",
  "value_normalized",
  "value_kind",
  "min",
  "min_inclusive",
  "max",
  "max_inclusive",
  "unit",
  "date_from",
  "date_to",
  "date_precision",
  "text",
  "scope",
  "scope_key",
  "as_of_from",
  "as_of_to",
  "as_of_time",
  "standing",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

// Excel and LibreOffice read a UTF-8 file as UTF-8 (umlauts intact) only when it starts with this.
const BOM = "\uFEFF";
// RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break.
const FORMAT = { record_delimiter: "windows" } as const;

/**
 * The report as CSV, one row per claim (of every facet shown, in the report's order), for
 * spreadsheets: UTF-8 with a byte order mark, RFC 4180 quoting and CRLF line ends, written by
 * csv-stringify (the only importer of it). A cell that a spreadsheet would run as a formula is
 * kept text (see neutralizeFormula). Yields the header, then a facet's rows at a time.
 */
export function* renderCsv(report: Report): Generator<string> {
  yield BOM + stringify([[...CSV_COLUMNS]], FORMAT);
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  for (const facet of report.facets) {
    const rows = facet.claims.map((claim) => CSV_COLUMNS.map((column) => neutralizeFormula(cellOf(column, report, facet, claim, sources.get(claim.articleId)))));
    if (rows.length) yield stringify(rows, FORMAT);
  }
}

function cellOf(column: CsvColumn, report: Report, facet: ReportFacet, claim: ReportClaim, source: ReportSource | undefined): string {
  const value = claim.value;
  const quantity = value.kind === "quantity" ? value : null;
  const date = value.kind === "date" ? value : null;
  const cells: Record<CsvColumn, string | number | boolean | null | undefined> = {
    event: report.event.slug,
    facet_id: facet.id,
    question: facet.question,
    facet_status: facet.status,
    verdict_rating: facet.verdict?.rating,
    verdict: facet.verdict ? plainText(facet.verdict.explanation) : null,
    claim_number: claim.n,
    claim_id: claim.id,
    article_id: claim.articleId,
    outlet: claim.outlet,
    published: claim.publishedAt,
    article_language: claim.language,
    article_title: source?.title,
    article_url: source?.url,
    claimant: claim.claimant,
    attributed: claim.attributed,
    certainty: claim.certainty,
    figure_status: claim.figureStatus,
    review: claim.status,
    quote: claim.quote,
    changed_words: claim.pieces
      .filter((p) => p.changed)
      .map((p) => p.text.trim())
      .join(" | "),
    value: claim.valueShort,
    value_normalized: claim.valueNormalized,
    value_kind: value.kind,
    min: quantity?.min,
    min_inclusive: quantity?.min === null ? null : quantity?.minInclusive,
    max: quantity?.max,
    max_inclusive: quantity?.max === null ? null : quantity?.maxInclusive,
    unit: quantity?.unit,
    date_from: date?.from,
    date_to: date?.to,
    date_precision: date?.precision,
    text: value.kind === "text" ? value.text : null,
    scope: claim.scope ? placeName(claim.scope, report.language) : null,
    scope_key: claim.scope,
    as_of_from: claim.asOf?.from,
    as_of_to: claim.asOf?.to,
    as_of_time: claim.asOf?.time,
    standing: claim.standing,
  };
  const cell = cells[column];
  return cell === null || cell === undefined ? "" : String(cell);
}

/**
 * A cell starting with =, +, -, @ or a tab is run as a formula by spreadsheet programs (CSV
 * injection); a quote starting "-5 Grad" or "=" would. An apostrophe in front keeps it text, as
 * OWASP advises. Numbers are left alone: "-5" is a number, not a formula.
 */
function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}
