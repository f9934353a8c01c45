import type { ReportOptions } from "./schema";

// The export formats as plain data, with no zod (nor anything else) imported: the Export menu in
// the browser reads this list, and zod probes for `eval` when it loads, which the app's
// Content-Security-Policy reports. The schemas that parse a format are in formats.ts.

type ReportFormatInfo = {
  /** In the Export menu and the CLI's help. */
  label: string;
  description: string;
  mediaType: string;
  extension: string;
  /** The file's name without extension, from the event's slug. */
  fileStem: (slug: string, options: ReportOptions) => string;
};

const reportStem = (slug: string, options: ReportOptions) => `${slug}-report${options.language === "en" ? "" : `-${options.language}`}`;

/**
 * Every export format, keyed by the name `--format` and `?format=` take. A new format is one more
 * entry here and its renderer in render-report.ts (the type makes the two agree): the CLI, the API,
 * its OpenAPI media types and the Export menu all read this list. `json` is the versioned export
 * itself; the others render the one report model.
 */
export const REPORT_FORMATS = {
  md: { label: "Markdown", description: "a memo that renders on GitHub and GitLab", mediaType: "text/markdown; charset=utf-8", extension: "md", fileStem: reportStem },
  html: { label: "HTML", description: "one self-contained page that prints on A4", mediaType: "text/html; charset=utf-8", extension: "html", fileStem: reportStem },
  pdf: { label: "PDF", description: "A4 pages with highlights and timelines", mediaType: "application/pdf", extension: "pdf", fileStem: reportStem },
  csv: {
    label: "CSV",
    description: "one row per claim, for spreadsheets",
    mediaType: "text/csv; charset=utf-8; header=present",
    extension: "csv",
    fileStem: (slug, options) => `${reportStem(slug, options)}-claims`,
  },
  json: {
    label: "JSON",
    description: "everything, versioned, for machines and import-report",
    mediaType: "application/json; charset=utf-8",
    extension: "json",
    fileStem: (slug) => slug,
  },
  claimreview: {
    label: "ClaimReview",
    description: "schema.org JSON-LD of the verdicts, for publishing",
    mediaType: "application/ld+json; charset=utf-8",
    extension: "jsonld",
    fileStem: (slug, options) => `${reportStem(slug, options)}-claimreview`,
  },
} as const satisfies Record<string, ReportFormatInfo>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
/** The file name of a format's export of an event. */
export function reportFileName(format: ReportFormat, slug: string, options: ReportOptions): string {
  const info: ReportFormatInfo = REPORT_FORMATS[format];
  return `${info.fileStem(slug, options)}.${info.extension}`;
}

/**
 * The editors' notes as W3C Web Annotation JSON-LD (an AnnotationCollection): an export of its own,
 * read from the notes rather than rendered from the report model.
 */
export const ANNOTATIONS_FORMAT = {
  label: "Web Annotations",
  description: "the editors' notes as W3C Web Annotation JSON-LD",
  mediaType: "application/ld+json; charset=utf-8",
  extension: "jsonld",
} as const;
