import { buildReport } from "./build-report";
import { type ReportFormat, REPORT_FORMATS, reportFileName } from "./formats";
import { renderClaimReview } from "./render-claimreview";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";
import type { Report, ReportInput, ReportOptions } from "./schema";

/** What every format is rendered from. */
export type RenderContext = {
  input: ReportInput;
  options: ReportOptions;
  /** When the report is made (ISO timestamp): the one clock reading, taken by the caller. */
  generatedAt: string;
  /** The app's address, for links back to it (ClaimReview urls). */
  baseUrl: string;
  /** The HTML report behind a share link: it says so and offers its PDF. */
  share?: { pdfHref: string };
};

export type Chunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** What a renderer gets: the context, and the report model, built on first use (json needs none). */
export type RenderSource = { context: RenderContext; report: () => Report };

// One renderer per format of REPORT_FORMATS: a format without one does not compile.
const RENDERERS: Record<ReportFormat, (source: RenderSource) => Chunks> = {
  md: ({ report }) => renderMarkdown(report()),
  html: ({ report, context }) => renderHtml(report(), { share: context.share }),
  pdf: ({ report }) => renderPdf(report()),
  csv: ({ report }) => renderCsv(report()),
  json: ({ context }) => [`${JSON.stringify(context.input.exported, null, 2)}\n`],
  claimreview: ({ report, context }) => renderClaimReview(report(), { baseUrl: context.baseUrl }),
};

/** A format's chunks, from a report model built already when one is given (the benchmark times this part alone). */
export function renderChunks(format: ReportFormat, context: RenderContext, built?: Report): Chunks {
  let report = built;
  return RENDERERS[format]({ context, report: () => (report ??= buildReport(context.input, context.options, context.generatedAt)) });
}

/** A rendered report: its bytes as they are made, what they are, and the file name to save them as. */
export type RenderedReport = { mediaType: string; fileName: string; chunks: AsyncIterable<Uint8Array> };

/**
 * Renders `format` from the event's report input; text formats are encoded as UTF-8. Nothing is
 * built or rendered until `chunks` is read, and then a piece at a time.
 */
export function renderReport(format: ReportFormat, context: RenderContext): RenderedReport {
  return {
    mediaType: REPORT_FORMATS[format].mediaType,
    fileName: reportFileName(format, context.input.exported.event.slug, context.options),
    chunks: encode(() => renderChunks(format, context)),
  };
}

async function* encode(render: () => Chunks): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of render()) yield typeof chunk === "string" ? encoder.encode(chunk) : chunk;
}
