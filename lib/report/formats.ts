import { z } from "zod";
import { ANNOTATIONS_FORMAT, REPORT_FORMATS, type ReportFormat } from "./format-list";
import { reportQuerySchema } from "./schema";

export { ANNOTATIONS_FORMAT, REPORT_FORMATS, type ReportFormat, reportFileName } from "./format-list";

export const reportFormatSchema = z.enum(Object.keys(REPORT_FORMATS) as [ReportFormat, ...ReportFormat[]]);

/** Every `--format` and `?format=`: the report's formats and the notes as Web Annotations. */
export const exportFormatSchema = z.enum([...reportFormatSchema.options, "annotations"]);

/**
 * `GET /api/events/{slug}/export`'s query: the format and the report's options. Without a format
 * the answer is the JSON export as an API response; with one, a file to save (`json` included:
 * the same bytes as `claimdiff export --format json`).
 */
export const exportQuerySchema = reportQuerySchema.extend({
  format: exportFormatSchema
    .optional()
    .describe(
      `The file to answer with: ${Object.entries({ ...REPORT_FORMATS, annotations: ANNOTATIONS_FORMAT }).map(([name, f]) => `${name} (${f.description})`).join(", ")}. ` +
        "Without it, the JSON export as the API's response.",
    ),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;
