import { z } from "zod";
import { expectedVersionSchema } from "../claims/schema";

/** The most text one article file may hold; larger files are refused, not truncated. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Why a file of `bytes` bytes is refused, or null when its size is fine. */
export function oversizeReason(bytes: number): string | null {
  if (bytes <= MAX_ARTICLE_BYTES) return null;
  return `larger than 5 MB (${(bytes / 1024 / 1024).toFixed(1)} MB); split it or trim it`;
}

export const languageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "language must be a two-letter code such as de or en");

export const outletInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, "domain must look like example.org")
    .optional(),
  country: z.string().trim().toUpperCase().length(2).optional(),
  language: languageSchema.optional(),
});
export type OutletInput = z.infer<typeof outletInputSchema>;

/** An ISO date, or an ISO date-time whose calendar date is kept. */
const publishedSchema = z.union([
  z.iso.date(),
  z.iso.datetime({ offset: true }).transform((value) => value.slice(0, 10)),
]);

/** The optional YAML block at the top of an imported `.txt` or `.md` file. */
export const frontMatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(500).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  outlet: z.union([z.string().trim().min(1).max(200), outletInputSchema]).optional(),
  published: publishedSchema.optional(),
  language: languageSchema.optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** One article as read from a file, ready to store. */
export const parsedArticleSchema = z.object({
  title: z.string().min(1),
  url: z.string().optional(),
  outlet: outletInputSchema.optional(),
  publishedAt: z.iso.date().optional(),
  language: languageSchema,
  text: z.string().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; reason: string };

/** Deleting an article is soft (an editor can undo it from the event's history). */
export const deleteArticleInputSchema = z.object({ articleId: z.uuid(), expectedVersion: expectedVersionSchema });
export type DeleteArticleInput = z.infer<typeof deleteArticleInputSchema>;
