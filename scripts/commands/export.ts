import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { once } from "node:events";
import { z } from "zod";
import { loadReportInput } from "@/lib/db/load-event-export";
import { appUrl } from "@/lib/env";
import { loadAnnotationExport } from "@/lib/db/load-annotation-export";
import { eventSlugSchema } from "@/lib/events/schema";
import { ANNOTATIONS_FORMAT, REPORT_FORMATS, exportFormatSchema } from "@/lib/report/formats";
import { renderReport } from "@/lib/report/render-report";
import { reportLanguageSchema, reportOptionsSchema, reportQuerySchema } from "@/lib/report/schema";
import { defineCommand } from "../lib/command";
import { withDatabase } from "../lib/with-database";

const formats = Object.entries({ ...REPORT_FORMATS, annotations: ANNOTATIONS_FORMAT })
  .map(([name, format]) => `  ${name.padEnd(12)} ${format.label}: ${format.description}`)
  .join("\n");

export const exportCommand = defineCommand({
  name: "export",
  summary: "export an event: JSON, its report as md, html, pdf, csv, claimreview, or its notes",
  usage: `Usage: claimdiff export --event <slug> --format <format> [options] [--out file]

Writes one event in a format. json is everything known about the event, versioned
(schemaVersion) and described by lib/export/event-export.schema.json; import-report reads it
back. The other formats are the event's comparison report.

Formats:
${formats}

Options:
  --event <slug>       the event to export
  --format <format>    one of the formats above
  --out <file>         write to this file instead of standard output
  --language <en|de>   the language of the report's own words (default en; quotes stay as written)
  --facets <ids>       only these facets: their ids, separated by commas
  --disputed-only      only the facets whose claims conflict
  --without-notes      leave out the editors' notes
  --url <address>      the app's address for links in ClaimReview (default APP_URL, else localhost)
  -h, --help           show this help`,
  options: {
    event: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    language: { type: "string" },
    facets: { type: "string" },
    "disputed-only": { type: "boolean" },
    "without-notes": { type: "boolean" },
    url: { type: "string" },
  },
  allowPositionals: false,
  schema: z.object({
    event: eventSlugSchema,
    format: exportFormatSchema,
    out: z.string().min(1).optional(),
    language: reportLanguageSchema.optional(),
    facets: reportQuerySchema.shape.facets,
    "disputed-only": z.boolean().optional(),
    "without-notes": z.boolean().optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
  }),
  async run(args) {
    if (args.format === "pdf" && !args.out && process.stdout.isTTY) {
      console.error("A PDF is not for a terminal: name a file with --out, or redirect standard output.");
      return 1;
    }
    return withDatabase(async () => {
      if (args.format === "annotations") return writeAnnotations(args.event, args.out);
      const input = await loadReportInput(args.event);
      if (!input) {
        console.error(`No event "${args.event}". Import articles into it first.`);
        return 1;
      }
      const options = reportOptionsSchema.parse({
        facets: args.facets,
        disputedOnly: args["disputed-only"],
        notes: !args["without-notes"],
        language: args.language,
      });
      const report = renderReport(args.format, { input, options, generatedAt: new Date().toISOString(), baseUrl: args.url ?? appUrl() });
      const out = args.out ? createWriteStream(args.out) : process.stdout;
      let bytes = 0;
      for await (const chunk of report.chunks) {
        bytes += chunk.byteLength;
        if (!out.write(chunk)) await once(out, "drain");
      }
      if (args.out) {
        out.end();
        await once(out, "finish");
        console.error(`Wrote ${args.format} of "${args.event}" (${input.exported.articles.length} articles, ${input.exported.facets.length} facets, ${bytes} bytes) to ${args.out}.`);
      }
      return 0;
    });
  },
});

/** The event's notes as a W3C Web Annotation collection (JSON-LD). */
async function writeAnnotations(event: string, out: string | undefined): Promise<number> {
  const collection = await loadAnnotationExport(event);
  if (!collection) {
    console.error(`No event "${event}".`);
    return 1;
  }
  const json = `${JSON.stringify(collection, null, 2)}\n`;
  if (!out) {
    process.stdout.write(json);
    return 0;
  }
  await writeFile(out, json);
  console.error(`Wrote ${collection.total} annotations of "${event}" to ${out}.`);
  return 0;
}
