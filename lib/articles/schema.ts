import { z } from "zod";
import { expectedVersionSchema } from "../claims/schema";
import { visibleTextSchema } from "../text/visible-text";
import { webAddressSchema } from "../text/web-address";

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
  name: visibleTextSchema({ max: 200, what: "outlet name" }),
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

/** An article's title, from its front matter or its first line. */
export const articleTitleSchema = visibleTextSchema({ max: 500, what: "title" });

/** The optional YAML block at the top of an imported `.txt` or `.md` file. */
export const frontMatterSchema = z.strictObject({
  title: articleTitleSchema.optional(),
  url: webAddressSchema.optional(),
  outlet: z.union([outletInputSchema.shape.name, outletInputSchema]).optional(),
  author: visibleTextSchema({ max: 300, what: "author" }).optional(),
  published: publishedSchema.optional(),
  language: languageSchema.optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** One article as read from a file, ready to store. */
export const parsedArticleSchema = z.object({
  title: z.string().min(1),
  url: z.string().optional(),
  outlet: outletInputSchema.optional(),
  author: z.string().max(300).optional(),
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

/**
 * An article's metadata as an editor sets or corrects it. `outlet` is an outlet's id, null for
 * none, or "from-url" for the outlet of the URL's domain (made when missing).
 */
export const updateArticleInputSchema = z.object({
  title: articleTitleSchema,
  url: webAddressSchema.nullable(),
  outlet: z.union([z.uuid(), z.literal("from-url")]).nullable(),
  publishedAt: z.iso.date({ message: "a date such as 2024-11-04" }).nullable(),
  language: languageSchema,
  author: z.string().trim().max(300).transform((value) => value || null).nullable(),
  expectedVersion: expectedVersionSchema,
});
export type UpdateArticleInput = z.infer<typeof updateArticleInputSchema>;

/** An outlet as an editor creates or corrects it. */
export const outletFormSchema = z.object({
  name: outletInputSchema.shape.name,
  domain: outletInputSchema.shape.domain.unwrap().nullable(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "a two-letter country code such as DE").nullable(),
  language: languageSchema.nullable(),
});
export type OutletForm = z.infer<typeof outletFormSchema>;

export const updateOutletInputSchema = outletFormSchema.extend({ expectedVersion: expectedVersionSchema });
export type UpdateOutletInput = z.infer<typeof updateOutletInputSchema>;
