import { readFile } from "node:fs/promises";
import { z } from "zod";
import { ensureEvent } from "@/lib/db/events";
import { createImportJob, findJobProgress } from "@/lib/db/jobs";
import { eventInputSchema, eventSlugSchema } from "@/lib/events/schema";
import { MAX_IMPORT_ITEMS, splitUrlList, type ImportItemInput, type JobProgress } from "@/lib/jobs";
import { closeJobQueue } from "@/lib/worker/job-queue-client";
import { enqueueImportItems } from "@/lib/worker/start-import";
import { startWorker } from "@/lib/worker/start-worker";
import { collectArticleFiles } from "../lib/collect-article-files";
import { defineCommand } from "../lib/command";
import { createProgress } from "../lib/progress";
import { readImportFiles } from "../lib/read-import-files";
import { withDatabase } from "../lib/with-database";

const isUrl = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value);

export const importCommand = defineCommand({
  name: "import",
  summary: "import articles (.txt, .md, .html files, or URLs) into an event",
  usage: `Usage: claimdiff import <files, folders or URLs...> --event <slug> [--title "Event title"] [--urls list.txt]

Imports plain-text, Markdown and HTML articles (folders are searched recursively) and web pages
by URL. A text file may start with YAML front matter: title, url, outlet, author, published (ISO
date), language; without a title its first non-empty line is the headline. A web page (an .html
file or a URL) is reduced to its article, and its title, outlet, author, date, canonical URL and
language are read from the page. Importing the same text again creates nothing; a changed text
for the same url (or the same title, without url) becomes a new revision.

URLs are fetched by the server's rules: http and https only, no addresses of this machine or its
private networks unless CLAIMDIFF_FETCH_ALLOW allows them. The import runs as a job on the queue,
in this process and on any worker that is running (npm start, npm run worker).

Exit code: 0 when everything was imported, 2 when something was refused or failed (each is listed
with its reason; the rest is still imported), 1 when nothing was imported or on a usage error.

Options:
  --event <slug>     the event to import into (created if missing)
  --title <title>    the event's title (when creating it, or to rename it)
  --urls <file>      a file of URLs, one per line (blank lines and # comments are skipped)
  -h, --help         show this help`,
  options: { event: { type: "string" }, title: { type: "string" }, urls: { type: "string" } },
  allowPositionals: true,
  schema: z
    .object({
      positionals: z.array(z.string()).default([]),
      event: eventSlugSchema,
      title: eventInputSchema.shape.title,
      urls: z.string().min(1).optional(),
    })
    .refine((args) => args.positionals.length > 0 || args.urls, { message: "name at least one file, folder or URL to import", path: ["positionals"] }),
  async run({ positionals, event, title, urls: urlFile }) {
    const listed = urlFile ? await readFile(urlFile, "utf8").then(splitUrlList, (error: Error) => error) : [];
    if (listed instanceof Error) {
      console.error(`Cannot read the URL list ${urlFile}: ${listed.message.split("\n")[0]}`);
      return 1;
    }
    const urls = [...positionals.filter(isUrl), ...listed];
    const { files, missing } = await collectArticleFiles(positionals.filter((p) => !isUrl(p)));
    for (const item of missing) console.error(`✗ ${item}: no such file or folder`);
    const read = await readImportFiles(files);
    for (const { file, reason } of read.refused) console.error(`✗ ${file}: ${reason}`);
    const items: ImportItemInput[] = [...urls.map((url) => ({ kind: "url" as const, source: url })), ...read.items];
    const refusedHere = missing.length + read.refused.length;
    if (items.length === 0) {
      console.error("Nothing to import: no .txt, .md or .html files and no URLs found.");
      return 1;
    }
    if (items.length > MAX_IMPORT_ITEMS * 20) {
      console.error(`Too many items at once (${items.length}); import at most ${MAX_IMPORT_ITEMS * 20} per run.`);
      return 1;
    }
    return withDatabase(async () => {
      const { id } = await ensureEvent({ slug: event, title }, "cli");
      const { jobId, itemIds } = await createImportJob(id, items, "cli");
      await enqueueImportItems(itemIds, items);
      const worker = await startWorker({ connectionString: process.env.DATABASE_URL! });
      let progress: JobProgress;
      try {
        progress = await followJob(jobId);
      } finally {
        await worker.stop();
        await closeJobQueue();
      }
      for (const item of progress.items) {
        if (item.status === "refused" || item.status === "failed") console.error(`✗ ${item.source}: ${item.message}`);
        else if (item.outcome && item.outcome !== "unchanged") console.log(`✓ ${item.source}: ${item.outcome} (revision ${item.revision})`);
      }
      const counts = { created: 0, revised: 0, unchanged: 0 };
      for (const item of progress.items) if (item.outcome) counts[item.outcome] += 1;
      const refused = progress.counts.refused + progress.counts.failed + refusedHere;
      console.log(
        `Imported ${items.length + read.refused.length} item(s) into "${event}": ${counts.created} new, ` +
          `${counts.revised} revised, ${counts.unchanged} unchanged, ${refused} refused.`,
      );
      // 0: everything imported; 2: some items imported, others refused; 1: nothing imported.
      if (refused === 0) return 0;
      return refused < items.length + refusedHere ? 2 : 1;
    });
  },
});

/** Waits for the job to finish, drawing its progress. */
async function followJob(jobId: string): Promise<JobProgress> {
  const bar = createProgress("Importing");
  for (;;) {
    const progress = await findJobProgress(jobId);
    if (!progress) throw new Error("the import job disappeared");
    const done = progress.total - progress.counts.pending;
    const last = progress.items.filter((item) => item.status !== "pending").at(-1)?.source ?? "";
    bar.update(done, progress.total, last);
    if (progress.finishedAt) {
      bar.done();
      return progress;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
