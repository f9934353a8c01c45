import path from "node:path";
import { MAX_ARTICLE_BYTES, oversizeReason } from "@/lib/articles/schema";
import { isHtmlFileName, readArticleSource } from "@/lib/ingest/read-article-source";
import type { ImportItemInput } from "@/lib/jobs/schema";
import { isArticleFileName } from "./collect-article-files";
import { readRegularFile } from "./read-regular-file";

export type ReadFiles = { items: ImportItemInput[]; refused: { file: string; reason: string }[] };

/**
 * Reads the article files to import into job items, named by their path relative to the working
 * folder. Only regular files are read, and no more than the size limit allows (a device or a pipe
 * named `.txt` would otherwise never end), and each is parsed here too, so a file that is empty,
 * binary or not UTF-8 is refused with the reason before any job is made for it.
 */
export async function readImportFiles(files: readonly string[]): Promise<ReadFiles> {
  const items: ImportItemInput[] = [];
  const refused: ReadFiles["refused"] = [];
  for (const file of files) {
    const name = path.relative(process.cwd(), file) || file;
    if (!isArticleFileName(file)) {
      refused.push({ file: name, reason: "not a .txt, .md or .html file" });
      continue;
    }
    const read = await readRegularFile(file, MAX_ARTICLE_BYTES, (bytes) => oversizeReason(bytes) ?? "too large");
    if (!read.ok) {
      refused.push({ file: name, reason: read.reason });
      continue;
    }
    const parsed = readArticleSource({ bytes: read.bytes, html: isHtmlFileName(file) });
    if (!parsed.ok) refused.push({ file: name, reason: parsed.reason });
    else items.push({ kind: "file", source: name, content: read.bytes });
  }
  return { items, refused };
}
