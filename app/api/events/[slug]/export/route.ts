import { FileBody } from "@/lib/api/file-body";
import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { loadReportInput } from "@/lib/db/load-event-export";
import { appUrl } from "@/lib/env";
import { loadAnnotationExport } from "@/lib/db/load-annotation-export";
import { AppError } from "@/lib/errors";
import { ANNOTATIONS_FORMAT } from "@/lib/report/formats";
import { renderReport } from "@/lib/report/render-report";
import { reportOptionsSchema } from "@/lib/report/schema";

// GET /api/events/{slug}/export – the event as versioned JSON, its report as a file (?format=), or its notes
export const GET = handle(operations.exportEvent, async ({ params, query }) => {
  if (query.format === "annotations") {
    const collection = await loadAnnotationExport(params.slug);
    if (!collection) throw new AppError("NOT_FOUND", `There is no event "${params.slug}".`);
    const body = new TextEncoder().encode(`${JSON.stringify(collection, null, 2)}\n`);
    const chunks = (async function* () {
      yield body;
    })();
    return new FileBody(chunks, ANNOTATIONS_FORMAT.mediaType, `${params.slug}-annotations.${ANNOTATIONS_FORMAT.extension}`);
  }
  const input = await loadReportInput(params.slug);
  if (!input) throw new AppError("NOT_FOUND", `There is no event "${params.slug}".`);
  if (!query.format) return input.exported;
  const report = renderReport(query.format, {
    input,
    options: reportOptionsSchema.parse(query),
    generatedAt: new Date().toISOString(),
    baseUrl: appUrl(),
  });
  return new FileBody(report.chunks, report.mediaType, report.fileName);
});
