import { writeFile } from "node:fs/promises";
import { z } from "zod";
import { loadEventExport } from "@/lib/db/load-event-export";
import { eventSlugSchema } from "@/lib/events/schema";
import { defineCommand } from "../lib/command";
import { withDatabase } from "../lib/with-database";

export const exportCommand = defineCommand({
  name: "export",
  summary: "export an event (articles, facets, claims, relations)",
  usage: `Usage: claimdiff export --event <slug> --format json [--out file]

Writes everything known about one event. The JSON is versioned (schemaVersion) and described
by lib/export/event-export.schema.json.

Options:
  --event <slug>    the event to export
  --format json     the output format
  --out <file>      write to this file instead of standard output
  -h, --help        show this help`,
  options: { event: { type: "string" }, format: { type: "string" }, out: { type: "string" } },
  allowPositionals: false,
  schema: z.object({
    event: eventSlugSchema,
    format: z.enum(["json"]),
    out: z.string().min(1).optional(),
  }),
  async run({ event, out }) {
    return withDatabase(async () => {
      const data = await loadEventExport(event);
      if (!data) {
        console.error(`No event "${event}". Import articles into it first.`);
        return 1;
      }
      const json = `${JSON.stringify(data, null, 2)}\n`;
      if (out) {
        await writeFile(out, json);
        console.error(`Wrote ${data.articles.length} articles and ${data.facets.length} facets to ${out}.`);
      } else {
        process.stdout.write(json);
      }
      return 0;
    });
  },
});
