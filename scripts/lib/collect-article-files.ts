import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isArticleFileName } from "@/lib/ingest/read-article-source";

export { isArticleFileName };

export type CollectedFiles = { files: string[]; missing: string[] };

/**
 * Expands files and folders (recursively, skipping dot-folders) into the article files they hold
 * (`.txt`, `.md`, `.html`), sorted by path so imports run in a stable order. A path given
 * explicitly is kept whatever its extension, so the importer can say why it refuses it.
 */
export async function collectArticleFiles(inputs: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) files.push(...(await walk(input)));
    else files.push(input);
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else if (entry.isFile() && isArticleFileName(entry.name)) {
      found.push(full);
    }
  }
  return found;
}
