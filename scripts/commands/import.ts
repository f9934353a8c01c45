import path from "node:path";
import { z } from "zod";
import { ensureEvent } from "@/lib/db/events";
import { eventSlugSchema } from "@/lib/events/schema";
import { collectArticleFiles } from "../lib/collect-article-files";
import { defineCommand } from "../lib/command";
import { importArticleFiles } from "../lib/import-article-files";
import { createProgress } from "../lib/progress";
import { withDatabase } from "../lib/with-database";

export const importCommand = defineCommand({
  name: "import",
  summary: "import .txt/.md articles into an event",
  usage: `Usage: claimdiff import <files or folders...> --event <slug> [--title "Event title"]

Imports plain-text and Markdown articles (folders are searched recursively). A file may start
with YAML front matter: title, url, outlet, published (ISO date), language. Without a title the
first non-empty line is the headline. Importing the same text again creates nothing; a changed
text for the same url (or the same title, without url) becomes a new revision. Empty, binary,
non-UTF-8 and over-5-MB files are refused with a reason; the other files still import.

Options:
  --event <slug>     the event to import into (created if missing)
  --title <title>    the event's title (when creating it, or to rename it)
  -h, --help         show this help`,
  options: { event: { type: "string" }, title: { type: "string" } },
  allowPositionals: true,
  schema: z.object({
    positionals: z.array(z.string()).min(1, "name at least one file or folder to import"),
    event: eventSlugSchema,
    title: z.string().trim().min(1).max(300).optional(),
  }),
  async run({ positionals, event, title }) {
    const { files, missing } = await collectArticleFiles(positionals);
    for (const item of missing) console.error(`✗ ${item}: no such file or folder`);
    if (files.length === 0) {
      console.error("Nothing to import: no .txt or .md files found.");
      return 1;
    }
    return withDatabase(async () => {
      const { id } = await ensureEvent({ slug: event, title }, "cli");
      const progress = createProgress("Importing");
      const { results, counts } = await importArticleFiles(files, id, "cli", progress.update);
      progress.done();
      for (const result of results) {
        const name = path.relative(process.cwd(), result.file) || result.file;
        if (result.status === "refused") console.error(`✗ ${name}: ${result.reason}`);
        else if (result.status !== "unchanged") console.log(`✓ ${name}: ${result.status} (revision ${result.revision})`);
      }
      console.log(
        `Imported ${files.length} file(s) into "${event}": ${counts.created} new, ` +
          `${counts.revised} revised, ${counts.unchanged} unchanged, ${counts.refused} refused.`,
      );
      return counts.refused + missing.length > 0 ? 2 : 0;
    });
  },
});
