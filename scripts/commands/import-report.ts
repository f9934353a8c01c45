import { readFile } from "node:fs/promises";
import { z } from "zod";
import { importEventExport } from "@/lib/db/import-event-export";
import { AppError } from "@/lib/errors";
import { readEventExport } from "@/lib/export/read-event-export";
import { defineCommand } from "../lib/command";
import { withDatabase } from "../lib/with-database";

export const importReportCommand = defineCommand({
  name: "import-report",
  summary: "restore an event from a JSON export (claimdiff export --format json)",
  usage: `Usage: claimdiff import-report <file.json>

Restores the event of a JSON export into this database with every id as it was: articles and
their revisions, facets, claims, notes and verdicts, in one transaction. A file that is not a
valid export is refused with the JSON path of its first problem, and nothing is written; so is
a file whose event (its slug) or records this database holds already.

Exit status: 0 restored, 1 refused (bad file, already there, or no file).

Options:
  -h, --help    show this help`,
  options: {},
  allowPositionals: true,
  schema: z.object({
    positionals: z.array(z.string().min(1)).length(1, "name exactly one export file"),
  }),
  async run({ positionals: [file] }) {
    let text: string;
    try {
      text = await readFile(file!, "utf8");
    } catch (error) {
      console.error(`${file}: cannot be read (${error instanceof Error ? error.message : error}); nothing was written.`);
      return 1;
    }
    const read = readEventExport(text);
    if (!read.ok) {
      console.error(`${file}: ${read.problem.path}: ${read.problem.message}. Nothing was written.`);
      return 1;
    }
    return withDatabase(async () => {
      try {
        const restored = await importEventExport(read.data, "cli");
        console.error(
          `Restored "${read.data.event.slug}": ${restored.articles} articles (${restored.revisions} revisions), ` +
            `${restored.facets} facets, ${restored.claims} claims, ${restored.annotations} notes, ${restored.verdicts} verdicts.`,
        );
        return 0;
      } catch (error) {
        if (error instanceof AppError) {
          console.error(`${file}: ${error.message}`);
          return 1;
        }
        throw error;
      }
    });
  },
});
