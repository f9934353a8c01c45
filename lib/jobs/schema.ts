import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../articles/schema";
import { MAX_URL_LENGTH } from "../fetch/check-url";

/** The most items one import may hold (URLs, files and texts together). */
export const MAX_IMPORT_ITEMS = 500;
/** The most bytes of files and texts one import may carry, in all. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const urlSchema = z.string().trim().min(1).max(MAX_URL_LENGTH, `an address may be at most ${MAX_URL_LENGTH} characters`);

/**
 * What an editor asks to import at once: URLs (one per line in the form), uploaded files (sent as
 * base64, so a page in any charset arrives byte for byte) and pasted texts. The same shape for the
 * API, the ingest form and the CLI.
 */
export const importRequestSchema = z
  .object({
    urls: z.array(urlSchema).max(MAX_IMPORT_ITEMS).default([]),
    files: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(255),
          base64: z.base64().max(Math.ceil((MAX_ARTICLE_BYTES * 4) / 3) + 4, "a file may be at most 5 MB"),
        }),
      )
      .max(MAX_IMPORT_ITEMS)
      .default([]),
    texts: z
      .array(
        z.object({
          title: z.string().trim().max(500).optional(),
          text: z.string().min(1).max(MAX_ARTICLE_BYTES, "a text may be at most 5 MB"),
        }),
      )
      .max(MAX_IMPORT_ITEMS)
      .default([]),
  })
  .refine((r) => r.urls.length + r.files.length + r.texts.length > 0, { message: "give at least one URL, file or text", path: ["urls"] })
  .refine((r) => r.urls.length + r.files.length + r.texts.length <= MAX_IMPORT_ITEMS, {
    message: `at most ${MAX_IMPORT_ITEMS} items at once`,
    path: ["urls"],
  });
export type ImportRequest = z.output<typeof importRequestSchema>;

/** One thing to import, as stored on a job item. */
export type ImportItemInput = {
  kind: "url" | "file" | "text";
  /** The URL, the file name, or "Pasted text N". */
  source: string;
  title?: string;
  content?: Uint8Array;
};

/** The request as job items, in the order given: URLs, then files, then texts. */
export function toImportItems(request: ImportRequest): ImportItemInput[] {
  return [
    ...request.urls.map((url) => ({ kind: "url" as const, source: url })),
    ...request.files.map((file) => ({ kind: "file" as const, source: file.name, content: new Uint8Array(Buffer.from(file.base64, "base64")) })),
    ...request.texts.map((text, i) => ({
      kind: "text" as const,
      source: text.title ? text.title : `Pasted text ${i + 1}`,
      title: text.title || undefined,
      content: new TextEncoder().encode(text.text),
    })),
  ];
}

/** The URLs of a list, one per line: blank lines and lines starting with # are skipped. */
export function splitUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

export const jobItemStatusSchema = z.enum(["pending", "done", "refused", "failed"]);

/** A job as the app and the API show it. */
export const jobProgressSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["import", "extract"]),
  event: z.object({ slug: z.string(), title: z.string() }),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  total: z.int().min(0),
  counts: z.object({ pending: z.int(), done: z.int(), refused: z.int(), failed: z.int() }),
  items: z.array(
    z.object({
      position: z.int(),
      kind: z.enum(["url", "file", "text", "extract"]),
      source: z.string(),
      status: jobItemStatusSchema,
      outcome: z.enum(["created", "revised", "unchanged"]).nullable(),
      articleId: z.uuid().nullable(),
      revision: z.int().nullable(),
      message: z.string().nullable(),
      attempts: z.int().min(0),
    }),
  ),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;
