import { readFile } from "node:fs/promises";
import path from "node:path";
import { ensureEvent, purgeEvent } from "@/lib/db/events";
import { extractEventClaims, type ExtractionSummary } from "@/lib/db/extract-event-claims";
import { eventInputSchema } from "@/lib/events/schema";
import { collectArticleFiles } from "./collect-article-files";
import { importArticleFiles, type ImportSummary } from "./import-article-files";
import { loadDemoNotes } from "./load-demo-notes";

/** Our own demo event: invented outlets and articles (see prisma/demo/README.md). */
export const DEMO_DIR = path.join(import.meta.dirname, "../../prisma/demo");

/**
 * Loads the demo event through the same importer as `claimdiff import`, finds its claims, and adds
 * the demo's editors' notes and verdict (prisma/demo/notes.json) unless the event has notes
 * already; with `reset`, deletes it first so edits made to it are discarded.
 */
export async function loadDemo(options: { reset?: boolean } = {}): Promise<{
  slug: string;
  summary: ImportSummary;
  extraction: ExtractionSummary;
  notes: { notes: number; verdict: boolean };
}> {
  const event = eventInputSchema.parse(
    JSON.parse(await readFile(path.join(DEMO_DIR, "event.json"), "utf8")),
  );
  if (options.reset) await purgeEvent(event.slug, "demo");
  const { id } = await ensureEvent(event, "demo");
  const { files } = await collectArticleFiles([DEMO_DIR]);
  const articles = files.filter((file) => path.basename(file) !== "README.md");
  const summary = await importArticleFiles(articles, id, "demo");
  const extraction = await extractEventClaims(id, "demo");
  const notes = await loadDemoNotes(id, DEMO_DIR);
  return { slug: event.slug, summary, extraction, notes };
}
