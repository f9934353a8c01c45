import { MAX_ARTICLE_BYTES, oversizeReason } from "@/lib/articles";
import { isHtmlFileName, readArticleSource } from "@/lib/ingest/read-article-source";
import { isArticleFileName } from "./collect-article-files";
import { importArticle, type ImportOutcome } from "@/lib/db/import-article";
import { readRegularFile } from "./read-regular-file";

export type FileResult =
  | ({ file: string } & ImportOutcome)
  | { file: string; status: "refused"; reason: string };

export type ImportSummary = {
  results: FileResult[];
  counts: Record<FileResult["status"], number>;
};

/**
 * Imports each file into the event, one transaction per file: a refused or failing file writes
 * nothing and does not stop the others. `onProgress` is called after every file.
 */
export async function importArticleFiles(
  files: string[],
  eventId: string,
  actor: string,
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<ImportSummary> {
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    results.push(await importOne(file, eventId, actor));
    onProgress?.(index + 1, files.length, file);
  }
  const counts = { created: 0, revised: 0, unchanged: 0, refused: 0 };
  for (const result of results) counts[result.status] += 1;
  return { results, counts };
}

async function importOne(file: string, eventId: string, actor: string): Promise<FileResult> {
  if (!isArticleFileName(file)) {
    return { file, status: "refused", reason: "not a .txt, .md or .html file" };
  }
  const read = await readRegularFile(file, MAX_ARTICLE_BYTES, (bytes) => oversizeReason(bytes) ?? "too large");
  if (!read.ok) return { file, status: "refused", reason: read.reason };
  const parsed = readArticleSource({ bytes: read.bytes, html: isHtmlFileName(file) });
  if (!parsed.ok) return { file, status: "refused", reason: parsed.reason };
  try {
    return { file, ...(await importArticle(eventId, parsed.article, actor)) };
  } catch (error) {
    return { file, status: "refused", reason: `not saved: ${describe(error)}` };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
}
